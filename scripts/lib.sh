# Shared settings of the Corex scripts; sourced, not run.
# The cargo target directory lives outside the checkout so a fresh clone reuses compiled
# dependencies. Override with CARGO_TARGET_DIR.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/corex/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
COREX_NODE="$CARGO_TARGET_DIR/release/corex-node"
export COREX_NODE
# shellcheck disable=SC1091
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"

log() { printf '\033[1;34m[%s]\033[0m %s\n' "$(basename "$0")" "$*"; }

# The development chain and the tests run the runtime with `fast-runtime`: governance and
# session periods in minutes (docs/governance.md). Every cargo command of the scripts passes
# the same features, so nothing is compiled twice. Only `gen-chain-specs.sh` builds without it,
# for the `testnet` chain spec.
RUNTIME_FEATURES="--features corex-runtime/fast-runtime"

# The one build every script shares: the node (with its runtime) in the release profile.
build_node() {
	log "building corex-node (release profile, fast-runtime, target dir $CARGO_TARGET_DIR)"
	(cd "$ROOT" && cargo build --release --locked -p corex-node --features fast-runtime)
}

# `-p pallet-x` for every pallet crate under pallets/.
pallet_packages() {
	local dir
	for dir in "$ROOT"/pallets/*/; do
		[ -f "$dir/Cargo.toml" ] && printf -- '-p %s ' "$(basename "$dir" | sed 's/^/pallet-/')"
	done
}
