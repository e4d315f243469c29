#!/usr/bin/env bash
# Runs every test of Corex (the README's test command; CI runs it through .ci/run):
#
#   set-up         scripts/setup.sh test-build (apt packages beside the toolchain, the crates'
#                  download and zepter's compile), then the tests' npm packages (setup.sh npm)
#                  while the node builds
#   node build     the one corex-node build (fast-runtime + try-runtime) every later stage uses
#   then two lanes at once, since the network lane mostly waits for blocks:
#     network lane   end-to-end suites in parallel (tests/e2e, try-runtime among them), then
#                    the zombienet network (4 validators, one killed and restarted, 2 compute nodes)
#     cargo lane     zepter, clippy, the node/runtime/primitives tests (reusing the node's build),
#                    the pallets' and kernels' tests with every benchmark run once as a test
#                    (one build with `runtime-benchmarks`); at lower CPU priority than the nodes
#
# Each stage's output is printed when it ends, with its time; at the end a table of the stages
# (time, tests passed and failed) and a closing line `N passed, N failed`. Exits non-zero when
# a stage failed; a failed node build stops the run at once. docs/build.md has the timings.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN_START=$(date +%s)
LOGS="$(mktemp -d -t corex-test.XXXXXX)"
RESULTS="$LOGS/results.tsv"
PRINT_LOCK="$LOGS/print.lock"
: >"$RESULTS"
NETWORK_PID=""
cleanup() {
	[ -n "$NETWORK_PID" ] && kill -- "-$NETWORK_PID" 2>/dev/null || true
	rm -rf "$LOGS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Tests passed and failed in a stage's log, as "passed failed" ("- -" when it is a single check).
count_tests() {
	local kind="$1" file="$2"
	case "$kind" in
		cargo) # libtest: "test result: ok. 12 passed; 0 failed; ..."
			awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i - 1); if ($(i) ~ /^failed;?$/) f += $(i - 1) } }
				END { printf "%d %d", p, f }' "$file" ;;
		node) # node --test, spec reporter: "ℹ pass 9" / "ℹ fail 0"
			awk '/^ℹ pass / { p += $3 } /^ℹ fail / { f += $3 } END { printf "%d %d", p, f }' "$file" ;;
		zombienet) # one line per assertion: "✅ …" passed, "❌ …" failed
			awk '/✅/ { p++ } /❌/ { f++ } END { printf "%d %d", p, f }' "$file" ;;
		*) echo "- -" ;;
	esac
}

# run_stage NAME KIND COMMAND...: runs COMMAND with its output in a log, prints the log when it
# ends (never two at once), and records the stage's time, status and test counts.
run_stage() {
	local name="$1" kind="$2" started rc=0 seconds counts status
	shift 2
	local file
	file="$LOGS/$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '-').log"
	started=$(date +%s)
	if [ "${LIVE:-}" = 1 ]; then
		printf '\n\033[1;34m[test.sh] ── %s ──\033[0m\n' "$name"
		"$@" 2>&1 | tee "$file" || rc=$?
	else
		"$@" >"$file" 2>&1 || rc=$?
	fi
	seconds=$(($(date +%s) - started))
	counts="$(count_tests "$kind" "$file")"
	# A stage that failed without a failing test (a build error, a crash) counts as one failure.
	if ((rc)) && [ "${counts#* }" = 0 ]; then counts="${counts% *} 1"; fi
	if ((rc)) && [ "$kind" = check ]; then counts="0 1"; elif [ "$kind" = check ]; then counts="1 0"; fi
	status=ok
	((rc)) && status=FAILED
	printf '%s\t%s\t%s\t%s\n' "$name" "$seconds" "$status" "${counts// /	}" >>"$RESULTS"
	if [ "${LIVE:-}" = 1 ]; then
		printf '\033[1;34m[test.sh] ── %s: %s in %s ──\033[0m\n' "$name" "$status" "$(fmt_duration "$seconds")"
	else
		(
			flock 9
			printf '\n\033[1;34m[test.sh] ── %s: %s in %s ──\033[0m\n' "$name" "$status" "$(fmt_duration "$seconds")"
			cat "$file"
			printf '\033[1;34m[test.sh] ── end of %s (%s) ──\033[0m\n' "$name" "$status"
		) 9>"$PRINT_LOCK"
	fi
	return "$rc"
}

summary() {
	local total=$(($(date +%s) - RUN_START)) passed=0 failed=0 name seconds status p f bad=0
	printf '\n%-58s %12s  %-7s %7s %7s\n' "stage" "time" "status" "passed" "failed"
	while IFS=$'\t' read -r name seconds status p f; do
		printf '%-58s %12s  %-7s %7s %7s\n' "$name" "$(fmt_duration "$seconds")" "$status" "$p" "$f"
		[[ $p =~ ^[0-9]+$ ]] && passed=$((passed + p))
		[[ $f =~ ^[0-9]+$ ]] && failed=$((failed + f))
		[ "$status" = ok ] || bad=1
	done <"$RESULTS"
	printf '%-58s %12s\n' "total (wall clock; the two lanes overlap)" "$(fmt_duration "$total")"
	echo "$passed passed, $failed failed"
	return "$bad"
}

# --- set-up and the one build ---------------------------------------------------------------
# Printed as they happen: the node build is the longest wait of a fresh machine. The npm
# packages of the tests download meanwhile (network, little CPU).
LIVE=1 run_stage "set-up: apt packages, Rust toolchain, crates, zepter (setup.sh test-build)" check "$ROOT/scripts/setup.sh" test-build || { summary; exit 1; }
NPM_LOG="$LOGS/npm.log"
"$ROOT/scripts/setup.sh" npm >"$NPM_LOG" 2>&1 &
NPM_PID=$!
LIVE=1 run_stage "node build (corex-node, fast-runtime + try-runtime)" check build_node || { summary; exit 1; }
npm_packages() {
	wait "$NPM_PID" && cat "$NPM_LOG" || { cat "$NPM_LOG"; return 1; }
}
run_stage "set-up: npm packages of the tests (setup.sh npm, during the build)" check npm_packages || { summary; exit 1; }

# --- network lane: everything that drives the built node ------------------------------------
e2e() { (cd "$ROOT/tests/e2e" && npm test); }
zombienet() { "$ROOT/scripts/zombienet.sh" --no-build; }
# Its own process group (job control on for this one job), so an interrupted run stops it whole.
set -m
(
	lane_rc=0
	run_stage "end-to-end suites and try-runtime (tests/e2e, in parallel)" node e2e || lane_rc=1
	run_stage "zombienet: 4 validators (one killed, restarted), 2 compute nodes" zombienet zombienet || lane_rc=1
	exit "$lane_rc"
) &
NETWORK_PID=$!
set +m

# --- cargo lane ------------------------------------------------------------------------------
zepter_lint() {
	(cd "$ROOT" && zepter lint propagate-feature --features std,runtime-benchmarks,try-runtime \
		--left-side-feature-missing=ignore --left-side-outside-workspace=ignore --workspace)
}
# The cargo commands below select corex-node as well as the crates they check or test ("anchored"),
# with filters (`--lib`, named tests) that build nothing of the node itself: cargo then resolves
# every dependency's features as in the node build, so they reuse its proc-macros, build scripts
# and (for the tests) its compiled dependencies instead of building their own (docs/build.md).
#
# Clippy (no unwrap/expect/indexing/unchecked arithmetic, STYLE.md rule 3). It checks the runtime
# as the `testnet` chain spec ships it (no `fast-runtime`: 6 s blocks, periods in days), which no
# other stage compiles; `try-runtime` as in the node build. SKIP_WASM_BUILD: the Wasm runtime is
# the node build's, not built again.
clippy() {
	(cd "$ROOT" && SKIP_WASM_BUILD=1 nice -n 10 cargo clippy --profile "$PROFILE" --locked -p corex-node \
		-p corex-runtime -p corex-primitives -p corex-compute -p corex-compute-host -p corex-fuzz -p corex-tools -p corex-cli -p corex-test-utils $(pallet_packages) \
		--features corex-node/try-runtime --lib --bin corex-tools --bin corex -- -D warnings)
}
# The node's, runtime's, primitives' and the CLI's tests (its metadata against the runtime's), and the runtime fuzzer's short deterministic run
# (a scripted scenario and the committed corpus, docs/security.md), with the node's features:
# only the test harnesses compile, every dependency is the node build's. With build_node's Wasm
# profile, in case the runtime's Wasm is built again here (a source changed since the node build).
node_tests() {
	(cd "$ROOT" && nice -n 10 env "${DEV_WASM_PROFILE[@]}" cargo test --profile "$PROFILE" --locked -p corex-node -p corex-runtime \
		-p corex-primitives -p corex-fuzz -p corex-cli --features "$NODE_FEATURES")
}
# Every pallet's, the kernels', the tools' and the shared test support's tests, in one build with `runtime-benchmarks`: the unit tests
# and each benchmark run once as a test on the mock runtime (the `bench_*` tests). Anchored.
pallet_tests() {
	(cd "$ROOT" && nice -n 10 cargo test --profile "$PROFILE" --locked -p corex-node $(pallet_packages) -p corex-compute -p corex-compute-host \
		-p corex-test-utils -p corex-tools $(test_targets $(pallet_dirs) "$ROOT/kernels" "$ROOT/tools") \
		--features "$NODE_FEATURES,$(pallet_benchmark_features)")
}
cargo_rc=0
run_stage "zepter: std/runtime-benchmarks/try-runtime propagate" check zepter_lint || cargo_rc=1
run_stage "clippy -D warnings: runtime, pallets, primitives, kernels" check clippy || cargo_rc=1
run_stage "Rust tests: node, runtime, primitives" cargo node_tests || cargo_rc=1
run_stage "Rust tests: pallets and kernels, each benchmark once" cargo pallet_tests || cargo_rc=1

network_rc=0
wait "$NETWORK_PID" || network_rc=$?
NETWORK_PID=""
summary || exit 1
((cargo_rc == 0 && network_rc == 0)) || exit 1
