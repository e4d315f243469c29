#!/usr/bin/env bash
# Installs, idempotently, what a fresh Debian/Ubuntu machine lacks, for one purpose:
#
#   scripts/setup.sh run    what `scripts/start.sh` needs: the build's system packages, the Rust
#                           toolchain of rust-toolchain.toml, Node.js for the IPFS gateway, and
#                           the web console's build (console/dist)
#   scripts/setup.sh test   all of that, plus what `scripts/test.sh` needs: zepter, Debian's
#                           Chromium (the console's browser tests), and the npm packages of the
#                           end-to-end tests and of zombienet
#   scripts/setup.sh test-build
#                           what `scripts/test.sh` needs before its node build: `run`, zepter
#                           (compiled while apt installs) and Chromium
#   scripts/setup.sh npm    the npm packages alone, and the console's build (scripts/test.sh
#                           installs them while the node builds)
#   scripts/setup.sh console
#                           the console's npm packages and its build alone (start.sh runs it)
#
# Safe to run again: each step checks first and does nothing when already satisfied.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

purpose="${1:-}"
case "$purpose" in
	run | test | test-build | npm | console) ;;
	*) echo "usage: $0 run|test|test-build|npm|console" >&2; exit 2 ;;
esac

install_zepter() {
	# zepter checks that the std/runtime-benchmarks/try-runtime features propagate.
	local version=1.88.2
	if ! zepter --version 2>/dev/null | grep -q "$version"; then
		# A debug build: half the compile time of a release one, and it lints the workspace in
		# seconds all the same. Built outside the checkout, so it needs none of the workspace's
		# settings (the clang linker of .cargo/config.toml): it can build while apt still runs.
		log "installing zepter $version (a debug build: about 1 min 30 s with its download)"
		local toolchain
		toolchain="$(cd "$ROOT" && rustup show active-toolchain | cut -d' ' -f1)"
		(cd "$HOME" && RUSTUP_TOOLCHAIN="$toolchain" cargo install zepter --version "$version" --locked --quiet --debug)
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
# The web console: its npm packages, then its bundle (esbuild, about 2 s; always rebuilt, so
# that it matches the sources).
build_console() {
	npm_install "$ROOT/console" "the web console's npm packages"
	(cd "$ROOT/console" && npm run --silent build >/dev/null)
	log "web console built (console/dist)"
}
install_npm_packages() {
	npm_install "$ROOT/tests/e2e" "the end-to-end tests' npm packages"
	npm_install "$ROOT/zombienet" "@zombienet/cli (toml pinned to 3.0.0 by an override)"
	build_console
}

if [ "$purpose" = npm ]; then
	install_npm_packages
	exit 0
fi
if [ "$purpose" = console ]; then
	build_console
	exit 0
fi

# --- system packages (apt) -------------------------------------------------------------
# clang/lld link the node (.cargo/config.toml) and compile binaryen's C++ (faster than g++),
# protoc serves libp2p's and litep2p's build scripts, Node.js runs the development IPFS gateway
# (and the tests).
APT_PACKAGES=(clang lld protobuf-compiler pkg-config libssl-dev make curl ca-certificates)
command -v node >/dev/null 2>&1 || APT_PACKAGES+=(nodejs)
# npm builds the console (and installs the tests' packages); Debian's nodejs does not bring it.
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)
# Debian's Chromium: the console's tests drive it headless (Playwright, executablePath).
[ "$purpose" = run ] || APT_PACKAGES+=(chromium)
install_apt_packages() {
	local missing=() p
	for p in "${APT_PACKAGES[@]}"; do
		dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
	done
	if ((${#missing[@]})); then
		log "installing apt packages: ${missing[*]}"
		$SUDO apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
		log "apt packages installed"
	else
		log "apt packages present"
	fi
}

# --- Rust: the toolchain, targets and components pinned in rust-toolchain.toml -----------
# Then the crates of Cargo.lock are downloaded (`cargo fetch`), so the build starts compiling at
# once, while (for `test` and `test-build`) zepter compiles.
install_rust() {
	# `rustup toolchain install` with no name installs what rust-toolchain.toml lists (channel,
	# targets, components) and does nothing when all of it is there.
	local out
	if ! out="$(cd "$ROOT" && rustup toolchain install 2>&1)"; then
		printf '%s\n' "$out" >&2
		return 1
	fi
	log "Rust: $(cd "$ROOT" && rustc --version) with $(cd "$ROOT" && rustup target list --installed | grep -c wasm32) Wasm targets"
	# The download (network) and zepter's compile (CPU) at once.
	(cd "$ROOT" && cargo fetch --locked --quiet && log "crates of Cargo.lock downloaded") &
	local fetch_pid=$! zepter_rc=0 fetch_rc=0
	if [ "$purpose" != run ]; then
		install_zepter || zepter_rc=$?
	fi
	wait "$fetch_pid" || fetch_rc=$?
	((zepter_rc == 0 && fetch_rc == 0))
}

if ! command -v rustup >/dev/null 2>&1; then
	# rustup's installer needs curl: apt first (below it then finds everything present).
	install_apt_packages
	log "installing rustup"
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain none
fi
# shellcheck disable=SC1091
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
# apt (mostly downloading and unpacking) and Rust (downloading, then zepter's compile) at once.
install_rust &
rust_pid=$!
apt_rc=0
install_apt_packages || apt_rc=$?
rust_rc=0
wait "$rust_pid" || rust_rc=$?
((apt_rc == 0 && rust_rc == 0)) || exit 1

if [ "$purpose" = run ]; then
	build_console
fi
if [ "$purpose" != test ]; then
	log "done ($purpose)"
	exit 0
fi

install_npm_packages
log "done (test)"
