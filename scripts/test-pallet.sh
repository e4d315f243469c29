#!/usr/bin/env bash
# One pallet's tests while iterating on it: its unit tests and each of its benchmarks run once
# as a test, on its mock runtime (no node, no Wasm). The same build as `scripts/test.sh`'s
# pallet stage (`development` profile, `runtime-benchmarks`, anchored to the node's features;
# nothing of the node is built), so after a full run only the pallet itself recompiles.
#
#   scripts/test-pallet.sh node-staking            every test of pallets/node-staking
#   scripts/test-pallet.sh proofs -- reveal        only the tests whose name contains "reveal"
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

name="${1:-}"
if [ -z "$name" ] || [ ! -f "$ROOT/pallets/$name/Cargo.toml" ]; then
	echo "usage: $0 <pallet> [-- <test name filter>]; pallets: $(cd "$ROOT/pallets" && echo */ | tr -d /)" >&2
	exit 2
fi
shift
[ "${1:-}" = "--" ] && shift
started=$(date +%s)
(cd "$ROOT" && cargo test --profile "$PROFILE" --locked -p corex-node -p "pallet-$name" \
	$(test_targets "$ROOT/pallets/$name") --features "$NODE_FEATURES,pallet-$name/runtime-benchmarks" -- "$@")
log "pallet-$name tested in $(fmt_duration $(($(date +%s) - started)))"
