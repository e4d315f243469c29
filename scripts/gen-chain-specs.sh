#!/usr/bin/env bash
# Regenerates the committed chain specs in chain-specs/ from the runtime's genesis presets:
# plain and raw JSON for `local_testnet` and `testnet`. Run after changing a preset or the
# runtime's genesis; `cargo test -p corex-node` fails until the committed files match.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# `testnet` carries the realistic runtime (governance periods in days), `local_testnet` the
# `fast-runtime` one the development chain and the tests use (periods in minutes). So this
# builds the node twice: as validators do (`--release`), and the development build.
# `--no-build` refreshes `local_testnet` only, from the node as it is.
export_spec() {
	local chain="$1" node="$2" id="$1"
	[ "$chain" = "local_testnet" ] && id="local"
	"$node" export-chain-spec --chain "$id" > "$ROOT/chain-specs/$chain.json"
	"$node" export-chain-spec --chain "$id" --raw > "$ROOT/chain-specs/$chain-raw.json"
	log "wrote chain-specs/$chain.json and chain-specs/$chain-raw.json"
}
if [ "${1:-}" = "--no-build" ]; then
	export_spec local_testnet "$COREX_NODE"
	exit 0
fi
log "building corex-node as validators do (--release, no fast-runtime), for the testnet spec"
(cd "$ROOT" && cargo build --release --locked -p corex-node)
export_spec testnet "$RELEASE_NODE"
build_node
export_spec local_testnet "$COREX_NODE"
