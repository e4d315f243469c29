#!/usr/bin/env bash
# Performance figures, each as a ratio to an anchor measured in the same run on the same
# machine, written to docs/performance.md (the throughput issue's points P1–P3).
#
#   scripts/bench.sh            installs what it needs (numpy and threadpoolctl in a virtualenv
#                               under $HOME/.cache/corex), runs every measurement, writes the page
#
# Measured now:
#   P2  the gradient kernel (corex-compute, natively, single thread, the build of its loops this
#       processor runs) against numpy/OpenBLAS (float64, one BLAS thread) on the same data and
#       shapes: the digits model (1,600 samples × 64 features × 10 classes) and a larger one
#       (256 × 784 × 10). Best of 15 timed runs each, in RUNS paired rounds (kernel, then
#       numpy); the page gives the best of each. The kernel is also timed as a node runs it for
#       a fragment (`corex_compute::run`, SCALE decoding included), which is what the off-chain
#       worker calls through the node's host function (kernels/host).
#       numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset, so OpenBLAS picks its own
#       kernel for this CPU; threadpoolctl names it.
#   P3  the block hooks' weight against scale: their frame-benchmarking benchmarks, whose
#       components are the node set (10 to 10,000) and the computations in flight (100 to
#       100,000), run on a release node with runtime-benchmarks (the build scripts/benchmark.sh
#       uses; P3_STEPS steps, P3_REPEAT repeats); scripts/bench-hooks.py compares the largest
#       size with the smallest, measured in the same run.
#   P1  verified fragments per second: the ceiling the chain's own benchmarked weights allow
#       (runtime/tests/throughput.rs, on the test suite's development build), and what a
#       development node (2-second blocks) verifies when `corex load` drives it with P1_NODES
#       simulated nodes and batches of P1_FRAGMENTS fragments at each offered load in P1_LOADS
#       (batches a block), P1_BLOCKS blocks measured each after P1_WARMUP; the verified rate as a
#       share of the ceiling measured in the same run, and a plot (docs/load.svg, docs/load.csv).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${RUNS:-3}"
NUMPY_VERSION=2.4.6
THREADPOOLCTL_VERSION=3.8.0
VENV="$HOME/.cache/corex/bench-venv"
OUT="$ROOT/docs/performance.md"

# --- what it needs ------------------------------------------------------------------------
if ! "$VENV/bin/python" -c "import numpy, threadpoolctl; assert numpy.__version__ == '$NUMPY_VERSION'" 2>/dev/null; then
	log "installing numpy $NUMPY_VERSION and threadpoolctl $THREADPOOLCTL_VERSION in $VENV"
	python3 -m venv "$VENV"
	"$VENV/bin/pip" install --quiet --disable-pip-version-check \
		"numpy==$NUMPY_VERSION" "threadpoolctl==$THREADPOOLCTL_VERSION"
fi
log "building the kernel's benchmark (release)"
(cd "$ROOT" && cargo build --release --locked -p corex-compute --example gradient_bench)
KERNEL="$CARGO_TARGET_DIR/release/examples/gradient_bench"

# --- P2: the kernel against numpy -----------------------------------------------------------
# The value of `name=` on the last line that has it (a whole name: `x=` is not `run_x=`).
field() { sed -n "s/^\(.* \)\{0,1\}$1=\([^ ]*\).*/\2/p" | tail -n 1; }
numpy_run() {
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 \
		MKL_NUM_THREADS=1 "$VENV/bin/python" "$ROOT/scripts/bench-gradient.py" "$1"
}
declare -A KERNEL_BEST RUN_BEST NUMPY_BEST
BLAS=""
LANES=""
for shape in digits large; do
	KERNEL_BEST[$shape]=0
	RUN_BEST[$shape]=0
	NUMPY_BEST[$shape]=0
	for round in $(seq 1 "$RUNS"); do
		k_out="$("$KERNEL" "$shape")"
		k="$(printf '%s\n' "$k_out" | field samples_per_s)"
		r="$(printf '%s\n' "$k_out" | field run_samples_per_s)"
		LANES="$(printf '%s\n' "$k_out" | field lanes)"
		n_out="$(numpy_run "$shape")"
		n="$(printf '%s\n' "$n_out" | field samples_per_s)"
		[ -z "$BLAS" ] && BLAS="$(printf '%s\n' "$n_out" | sed -n 's/^blas=\([^ ]*\) version=\([^ ]*\) kernel=\([^ ]*\).*/\1 \2 with its \3 kernel/p')"
		log "P2 $shape, round $round: kernel $k samples/s ($r with decoding), numpy $n samples/s"
		((k > KERNEL_BEST[$shape])) && KERNEL_BEST[$shape]=$k
		((r > RUN_BEST[$shape])) && RUN_BEST[$shape]=$r
		((n > NUMPY_BEST[$shape])) && NUMPY_BEST[$shape]=$n
	done
done

# --- P1: the ceiling from the chain's weights -------------------------------------------------
log "P1: the verified-fragment ceiling from the chain's weights (runtime/tests/throughput.rs)"
P1_ALL="$(cd "$ROOT" && cargo test --profile development --locked -p corex-node -p corex-runtime \
	--features "$NODE_FEATURES" --test throughput -- --nocapture --test-threads 1 2>/dev/null |
	sed 's/^test [a-z_]* \.\.\. //')"
P1_OUT="$(printf '%s\n' "$P1_ALL" | sed -n '/^per fragment/,/^ceiling_per_block/p')"
P1_PER_BLOCK="$(printf '%s\n' "$P1_OUT" | field ceiling_per_block)"
P1_BATCH_OUT="$(printf '%s\n' "$P1_ALL" | sed -n '/^per batch/,/^batch_fragments/p')"
P1_CEILING="$(printf '%s\n' "$P1_BATCH_OUT" | field batch_ceiling_per_s)"

# --- P1: the load tool against a development node ----------------------------------------------
P1_NODES="${P1_NODES:-24}"
P1_FRAGMENTS="${P1_FRAGMENTS:-512}"
P1_LOADS="${P1_LOADS:-1,2,4,8,12}"
P1_BLOCKS="${P1_BLOCKS:-10}"
P1_WARMUP="${P1_WARMUP:-8}"
build_node
P1_PORT=$((20000 + RANDOM % 20000))
P1_LOG="$(mktemp -t corex-load-node.XXXXXX)"
log "P1: a development node on port $P1_PORT (log $P1_LOG)"
"$COREX_NODE" --dev --tmp --rpc-port "$P1_PORT" --no-prometheus >"$P1_LOG" 2>&1 &
P1_NODE_PID=$!
trap 'kill "$P1_NODE_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
	"$COREX_CLI" --url "ws://127.0.0.1:$P1_PORT" status >/dev/null 2>&1 && break
	sleep 1
done
log "P1: corex load --nodes $P1_NODES --fragments $P1_FRAGMENTS --loads $P1_LOADS (a few minutes: the nodes' stake counts from the next epoch)"
P1_LOAD="$("$COREX_CLI" --url "ws://127.0.0.1:$P1_PORT" load --nodes "$P1_NODES" \
	--fragments "$P1_FRAGMENTS" --loads "$P1_LOADS" --blocks "$P1_BLOCKS" --warmup "$P1_WARMUP" \
	--stake 100000 --funders alice,bob,charlie,dave --ceiling "$P1_CEILING" \
	--csv "$ROOT/docs/load.csv" --svg "$ROOT/docs/load.svg")"
kill "$P1_NODE_PID" 2>/dev/null || true
trap - EXIT
printf '%s\n' "$P1_LOAD"
P1_BEST="$(printf '%s\n' "$P1_LOAD" | sed -n 's/^best: \([0-9]*\) verified.*/\1/p')"

# --- P3: the hooks against scale ---------------------------------------------------------------
P3_STEPS="${P3_STEPS:-2}"
P3_REPEAT="${P3_REPEAT:-3}"
log "building corex-node with runtime-benchmarks (release)"
(cd "$ROOT" && cargo build --release --locked -p corex-node --features runtime-benchmarks)
P3_DIR="$(mktemp -d)"
trap 'rm -rf "$P3_DIR"' EXIT
hooks() {
	local pallet="$1" extrinsics="$2"
	log "P3: $pallet $extrinsics ($P3_STEPS steps, $P3_REPEAT repeats)"
	(cd "$ROOT" && "$RELEASE_NODE" benchmark pallet \
		--runtime "$CARGO_TARGET_DIR/release/wbuild/corex-runtime/corex_runtime.compact.compressed.wasm" \
		--genesis-builder=runtime --genesis-builder-preset=development \
		--pallet "$pallet" --extrinsic "$extrinsics" --steps "$P3_STEPS" --repeat "$P3_REPEAT" \
		--wasm-execution compiled --heap-pages 4096 --json-file "$P3_DIR/$pallet.json" >/dev/null)
}
hooks pallet_node_staking on_initialize_same_epoch,on_initialize_new_epoch
hooks pallet_computations on_initialize_idle
hooks pallet_proofs on_initialize_idle
hooks pallet_mining_pool on_initialize_close_epoch
P3_TABLE="$(python3 "$ROOT/scripts/bench-hooks.py" "$P3_DIR"/*.json)"

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
gflops() { python3 -c "print(f'{4 * 10 * $2 * $1 / 1e9:.2f}')"; }
CPU="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
CORES="$(nproc)"
COMMIT="$(cd "$ROOT" && git rev-parse --short HEAD)"
{
	echo "# Performance"
	echo
	echo "Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d) at commit $COMMIT, on this machine:"
	echo "$CPU, $CORES cores (\`lscpu\`). Every figure is a ratio to an anchor measured in the same"
	echo "run: best of 15 timed runs, in $RUNS paired rounds."
	echo
	echo "## P2: the gradient kernel against numpy"
	echo
	echo "The softmax-regression gradient, single thread. The kernel computes in Q16.16 fixed"
	echo "point (bit-identical on every node and in the runtime's checks; its 32-bit loops ran in"
	echo "their \`$LANES\` build here); numpy computes in float64 with one BLAS thread. numpy"
	echo "$NUMPY_VERSION ran ${BLAS:-an unknown BLAS} (threadpoolctl), with \`OPENBLAS_CORETYPE\` and"
	echo "\`OPENBLAS_L2_SIZE\` unset for this comparison."
	echo
	echo "A node runs this natively: its off-chain worker hands each fragment to the node's host"
	echo "function (\`corex-compute-host\`), which calls \`corex_compute::run\`; the last column"
	echo "times that call, SCALE decoding of the model and shard included."
	echo
	echo "| shape | kernel (samples/s) | numpy (samples/s) | × numpy | GFLOP/s kernel / numpy | as a node runs it, decoding included (samples/s, × numpy) |"
	echo "|---|---|---|---|---|---|"
	for shape in digits large; do
		features=64
		label="digits: 1,600 samples × 64 features × 10 classes"
		if [ "$shape" = large ]; then
			features=784
			label="large: 256 samples × 784 features × 10 classes"
		fi
		echo "| $label | ${KERNEL_BEST[$shape]} | ${NUMPY_BEST[$shape]} | **$(ratio "${KERNEL_BEST[$shape]}" "${NUMPY_BEST[$shape]}")** | $(gflops "${KERNEL_BEST[$shape]}" $features) / $(gflops "${NUMPY_BEST[$shape]}" $features) | ${RUN_BEST[$shape]}, **$(ratio "${RUN_BEST[$shape]}" "${NUMPY_BEST[$shape]}")** |"
	done
	echo
	echo "Commands: \`cargo run --release -p corex-compute --example gradient_bench <shape>\` and"
	echo "\`OPENBLAS_NUM_THREADS=1 python3 scripts/bench-gradient.py <shape>\`. A runtime without the"
	echo "host function's node (none of ours) would run the kernel in its Wasm, portable build, at"
	echo "about half the speed (\`cargo run --release -p corex-node --example gradient_wasm_bench\`)."
	echo
	echo "## P1: verified fragments per second"
	echo
	echo "**The ceiling the chain's own weights allow** (\`cargo test -p corex-runtime --test throughput"
	echo "-- --nocapture\`): per k = 3 gradient fragment of the digits model, the dispatch weights of"
	echo "its calls and of its assignment in the block hook:"
	echo
	echo '```'
	printf '%s\n' "$P1_OUT" | grep -v '^ceiling_per_block'
	echo '```'
	echo
	echo "One computation a fragment is capped by the hook's assignment cap"
	echo "(\`MaxAssignmentsPerBlock\`, governed, 1 to 32): $P1_PER_BLOCK fragments a block,"
	echo "$(python3 -c "print(f'{$P1_PER_BLOCK / 2:.1f}')") a second on 2-second blocks. **Batches** (\`Computations.submit_batch\`,"
	echo "docs/computations.md) cost the chain one computation for up to 1,024 fragments: the"
	echo "executors commit to and reveal one content id, that of the manifest of all their outputs."
	echo "Per batch of $P1_FRAGMENTS fragments:"
	echo
	echo '```'
	printf '%s\n' "$P1_BATCH_OUT" | grep -v '^batch_fragments'
	echo '```'
	echo
	echo "The ceiling: **$P1_CEILING verified fragments/s** on 2-second blocks (the assignment cap"
	echo "binds before the weight bound)."
	echo
	echo "**Measured** (\`corex load\`, docs/cli.md): a development node (\`corex-node --dev\`, the"
	echo "test build with 2-second blocks, one validator) driven by $P1_NODES simulated nodes, each its own"
	echo "operator, k = 3, batches of $P1_FRAGMENTS fragments (each a data transform of 8 samples × 64"
	echo "features, 1 CU). The simulated workers do what a node's worker does: commit when assigned,"
	echo "reveal when the window opens, replay when drawn, answer probes; each distinct shard list is"
	echo "computed once with the chain's kernel and its manifest shared (the shards' content is never"
	echo "fetched: the chain does not see it). Verified fragments are counted from"
	echo "\`ComputationVerified\` events over the measured blocks' timestamps; fullness is the"
	echo "normal class's weight used; fees are per verified fragment: what the simulation's accounts"
	echo "paid in transaction fees, and the compute fee the customer paid (\`ComputationFinalized\`)."
	echo
	echo '```'
	printf '%s\n' "$P1_LOAD"
	echo '```'
	echo
	echo "Best: **$P1_BEST verified fragments/s**, $(python3 -c "print(f'{100 * $P1_BEST / $P1_CEILING:.1f}')") % of the ceiling measured in the same run."
	echo
	echo "The cap bounds assignments a block, not verdicts: over a window of a few blocks, batches assigned before it and verified in it can put the rate a little above the cap's average (above 100 % of the ceiling); longer windows (\`P1_BLOCKS\`) settle at the cap."
	echo
	echo "![verified against offered fragments per second](load.svg)"
	echo
	echo "Command: \`corex --url ws://127.0.0.1:9944 load --nodes $P1_NODES --fragments $P1_FRAGMENTS --loads $P1_LOADS --stake 100000 --funders alice,bob,charlie,dave --ceiling $P1_CEILING --csv docs/load.csv --svg docs/load.svg\`."
	echo
	echo "## P3: hook weight against scale"
	echo
	echo "The block hooks' benchmarks (frame-benchmarking v2, on a release node with"
	echo "\`runtime-benchmarks\`, compiled Wasm, $P3_STEPS steps × $P3_REPEAT repeats), with the node set and the"
	echo "computations in flight as components. Each row compares the largest size with the"
	echo "smallest in the same run (the other components at their largest). A hook charges its"
	echo "benchmark at the largest size (\`corex_primitives::scale\`). The queue itself holds at most"
	echo "\`MaxQueueLength\` (1,024) computations: orders beyond it are refused (\`QueueFull\`), so the"
	echo "100,000 are computations in flight, each with a timer; each block assigns at most"
	echo "\`MaxAssignmentsPerBlock\` from the queue's head, each charged by the \`assign\` benchmark."
	echo
	printf '%s\n' "$P3_TABLE"
	echo
	echo "Command: \`corex-node benchmark pallet --pallet <pallet> --extrinsic <hook> --json-file …\`, then"
	echo "\`python3 scripts/bench-hooks.py …\`; per-epoch work is lazy: nodes and stake positions catch up"
	echo "when next touched (node-staking), and the mining pool pays \`PayoutsPerBlock\` records a block."
} > "$OUT"
log "wrote ${OUT#"$ROOT"/}"
