#!/usr/bin/env bash
# Installs, idempotently, what a fresh Debian/Ubuntu machine lacks, for one purpose:
#
#   scripts/setup.sh run    what `scripts/start.sh` needs: the build's system packages, the Rust
#                           toolchain of rust-toolchain.toml, Node.js for the IPFS gateway
#   scripts/setup.sh test   all of that, plus what `scripts/test.sh` needs: zepter, and the npm
#                           packages of the end-to-end tests and of zombienet
#   scripts/setup.sh npm | zepter
#                           one part of `test` alone (scripts/test.sh installs zepter before
#                           the node build, and the npm packages while the node builds)
#
# Safe to run again: each step checks first and does nothing when already satisfied.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

purpose="${1:-}"
case "$purpose" in
	run | test | npm | zepter) ;;
	*) echo "usage: $0 run|test|npm|zepter" >&2; exit 2 ;;
esac

install_zepter() {
	# zepter checks that the std/runtime-benchmarks/try-runtime features propagate.
	local version=1.88.2
	if ! zepter --version 2>/dev/null | grep -q "$version"; then
		# A debug build: half the compile time of a release one, and it lints the workspace in
		# seconds all the same.
		log "installing zepter $version (a debug build, compiles for about 40 s)"
		(cd "$ROOT" && cargo install zepter --version "$version" --locked --quiet --debug)
	else
		log "zepter $version present"
	fi
}

npm_install() {
	local dir="$1" what="$2"
	[ -f "$dir/package.json" ] || return 0
	if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
		log "installing $what (npm ci in ${dir#"$ROOT"/})"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
	else
		log "$what present"
	fi
}
install_npm_packages() {
	npm_install "$ROOT/tests/e2e" "the end-to-end tests' npm packages"
	npm_install "$ROOT/zombienet" "@zombienet/cli (toml pinned to 3.0.0 by an override)"
}

# The parts that need what the first part installs (Node.js, cargo) and nothing else from it.
if [ "$purpose" = zepter ]; then
	# shellcheck disable=SC1091
	[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
	install_zepter
	exit 0
fi
if [ "$purpose" = npm ]; then
	install_npm_packages
	exit 0
fi

# --- system packages (apt) -------------------------------------------------------------
# clang/lld link the node (.cargo/config.toml), libclang and protoc serve -sys crates and
# libp2p's build, Node.js runs the development IPFS gateway (and the tests).
APT_PACKAGES=(clang libclang-dev lld protobuf-compiler pkg-config libssl-dev make curl ca-certificates)
command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
missing=()
for p in "${APT_PACKAGES[@]}"; do
	dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
	log "installing apt packages: ${missing[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
	log "apt packages present"
fi

# --- Rust: the toolchain, targets and components pinned in rust-toolchain.toml -----------
if ! command -v rustup >/dev/null 2>&1; then
	log "installing rustup"
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain none
fi
# shellcheck disable=SC1091
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
# `rustup toolchain install` with no name installs what rust-toolchain.toml lists (channel,
# targets, components) and does nothing when all of it is there.
if ! out="$(cd "$ROOT" && rustup toolchain install 2>&1)"; then
	printf '%s\n' "$out" >&2
	exit 1
fi
log "Rust: $(cd "$ROOT" && rustc --version) with $(cd "$ROOT" && rustup target list --installed | grep -c wasm32) Wasm targets"

if [ "$purpose" = run ]; then
	log "done (run)"
	exit 0
fi

install_zepter
install_npm_packages
log "done (test)"
