#!/usr/bin/env bash
# Regenerates the weights of Corex's pallets from frame-benchmarking v2 benchmarks run on this
# machine, through `corex-node benchmark pallet` with the runtime-benchmarks feature.
#
#   scripts/benchmark.sh                 # every pallet listed below
#   scripts/benchmark.sh pallet_node_staking
#
# Our own pallets get `pallets/<name>/src/weights.rs` (trait + SubstrateWeight + `()`, from
# scripts/pallet-weight-template.hbs); SDK pallets without runtime weights get
# `runtime/src/weights/<pallet>.rs`. Weights are measured on a `--release` build (every
# optimisation, as validators run), in $CARGO_TARGET_DIR/release, apart from the development
# build the tests use.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"

log "building corex-node with runtime-benchmarks"
(cd "$ROOT" && cargo build --release --locked -p corex-node --features runtime-benchmarks)

run() {
	local pallet="$1" output="$2" template="${3:-}"
	log "benchmarking $pallet -> $output"
	local args=(benchmark pallet --runtime "$CARGO_TARGET_DIR/release/wbuild/corex-runtime/corex_runtime.compact.compressed.wasm"
		--genesis-builder=runtime --genesis-builder-preset=development
		--pallet "$pallet" --extrinsic '*' --steps "$STEPS" --repeat "$REPEAT"
		--wasm-execution compiled --heap-pages 4096 --output "$output")
	[ -n "$template" ] && args+=(--template "$template")
	(cd "$ROOT" && "$RELEASE_NODE" "${args[@]}")
	# No machine-specific paths in committed files.
	sed -i "s|$CARGO_TARGET_DIR|\$CARGO_TARGET_DIR|g; s|$ROOT/||g" "$ROOT/$output"
}

ours() { run "$1" "pallets/$2/src/weights.rs" "scripts/pallet-weight-template.hbs"; }
sdk() { mkdir -p "$ROOT/runtime/src/weights"; run "$1" "runtime/src/weights/$1.rs"; }

selected="${1:-all}"
[[ $selected == all || $selected == pallet_node_staking ]] && ours pallet_node_staking node-staking
[[ $selected == all || $selected == pallet_mining_pool ]] && ours pallet_mining_pool mining-pool
[[ $selected == all || $selected == pallet_computations ]] && ours pallet_computations computations
[[ $selected == all || $selected == pallet_proofs ]] && ours pallet_proofs proofs
[[ $selected == all || $selected == pallet_clusters ]] && ours pallet_clusters clusters
[[ $selected == all || $selected == pallet_seed ]] && ours pallet_seed seed
[[ $selected == all || $selected == pallet_governance ]] && ours pallet_governance governance
[[ $selected == all || $selected == pallet_parameters ]] && sdk pallet_parameters
[[ $selected == all || $selected == pallet_vesting ]] && sdk pallet_vesting
(cd "$ROOT" && cargo fmt --all)
log "weights written; scripts/test.sh rebuilds the development node with them"
