#!/usr/bin/env bash
# Installs, idempotently, everything a fresh Debian/Ubuntu machine lacks to build and test Corex.
# Safe to run again: each step checks first and does nothing when already satisfied.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

# --- system packages (apt) -------------------------------------------------------------
APT_PACKAGES=(clang libclang-dev lld protobuf-compiler pkg-config libssl-dev make curl ca-certificates)
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

# --- Rust toolchain pieces ---------------------------------------------------------------
if ! command -v rustup >/dev/null 2>&1; then
	log "installing rustup"
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
	# shellcheck disable=SC1091
	source "$HOME/.cargo/env"
fi
installed_targets="$(rustup target list --installed)"
for t in wasm32v1-none wasm32-unknown-unknown; do
	grep -qx "$t" <<<"$installed_targets" || { log "adding rust target $t"; rustup target add "$t"; }
done
rustup component list --installed | grep -q '^rust-src' || { log "adding rust-src"; rustup component add rust-src; }

# --- zepter: checks that std/runtime-benchmarks/try-runtime features propagate -----------
ZEPTER_VERSION=1.88.2
if ! zepter --version 2>/dev/null | grep -q "$ZEPTER_VERSION"; then
	log "installing zepter $ZEPTER_VERSION"
	cargo install zepter --version "$ZEPTER_VERSION" --locked --quiet
fi

# --- npm packages for the end-to-end tests ------------------------------------------------
if ! command -v node >/dev/null 2>&1; then
	log "installing nodejs and npm"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm
fi
E2E="$ROOT/tests/e2e"
if [ -f "$E2E/package.json" ]; then
	if [ ! -d "$E2E/node_modules" ] || [ "$E2E/package-lock.json" -nt "$E2E/node_modules/.package-lock.json" ]; then
		log "installing npm packages in tests/e2e"
		(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)
	else
		log "npm packages present"
	fi
fi
ZN="$ROOT/zombienet"
if [ -f "$ZN/package.json" ]; then
	if [ ! -d "$ZN/node_modules" ] || [ "$ZN/package-lock.json" -nt "$ZN/node_modules/.package-lock.json" ]; then
		log "installing @zombienet/cli in zombienet/ (npm; toml pinned to 3.0.0 by an override)"
		(cd "$ZN" && npm ci --no-audit --no-fund --loglevel=error)
	else
		log "zombienet packages present"
	fi
fi
log "done"
