#!/usr/bin/env bash
# Regenerates the committed chain specs in chain-specs/ from the runtime's genesis presets:
# plain and raw JSON for `local_testnet` and `testnet`. Run after changing a preset or the
# runtime's genesis; `cargo test -p corex-node` fails until the committed files match.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ "${1:-}" = "--no-build" ] || build_node
for chain in local_testnet testnet; do
	id="$chain"
	[ "$chain" = "local_testnet" ] && id="local"
	"$COREX_NODE" export-chain-spec --chain "$id" > "$ROOT/chain-specs/$chain.json"
	"$COREX_NODE" export-chain-spec --chain "$id" --raw > "$ROOT/chain-specs/$chain-raw.json"
	log "wrote chain-specs/$chain.json and chain-specs/$chain-raw.json"
done
