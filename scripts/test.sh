#!/usr/bin/env bash
# Runs every test of Corex: set-up, one build, every Rust test, then the end-to-end suite
# (a real corex-node driven through @polkadot/api). Exits non-zero on the first failure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$ROOT/scripts/setup.sh"
start=$(date +%s)
build_node

log "feature propagation (std, runtime-benchmarks, try-runtime) with zepter"
(cd "$ROOT" && zepter lint propagate-feature --features std,runtime-benchmarks,try-runtime \
	--left-side-feature-missing=ignore --left-side-outside-workspace=ignore --workspace)

log "clippy on the runtime, pallets, primitives and compute kernels (no unwrap/expect/indexing/unchecked arithmetic, STYLE.md rule 3)"
(cd "$ROOT" && cargo clippy --release --locked -p corex-runtime -p corex-primitives -p corex-compute \
	$(pallet_packages) $RUNTIME_FEATURES --lib -- -D warnings)

log "Rust tests (unit, runtime, chain-spec) in the same release profile"
(cd "$ROOT" && cargo test --release --locked --workspace $RUNTIME_FEATURES)

log "pallet benchmarks, run once each as tests on the mock runtimes"
(cd "$ROOT" && cargo test --release --locked $(pallet_packages) --features runtime-benchmarks \
	--lib -- benchmark)

log "end-to-end tests against $COREX_NODE"
(cd "$ROOT/tests/e2e" && npm test)

log "try-runtime: try_state of every pallet on a development chain's state"
"$ROOT/scripts/try-runtime.sh" --build-runtime-only

log "multi-node network under zombienet (4 validators, 2 compute nodes)"
"$ROOT/scripts/zombienet.sh" --no-build

log "all tests passed in $(( $(date +%s) - start )) s (after set-up)"
