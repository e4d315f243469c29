#!/usr/bin/env bash
# The runtime fuzzer's long run (docs/security.md): builds the libFuzzer target of `fuzz/` with
# sanitizer coverage (stable Rust: LLVM's sancov pass, inline 8-bit counters, comparison
# tracing), runs it, then replays the corpus it grew and prints the histogram of call outcomes.
#
#   scripts/fuzz.sh [runs] [seconds]     # defaults: 1,000,000 executions, no time limit
#   FUZZ_JOBS=2 scripts/fuzz.sh 0 2400    # two processes sharing the corpus, 40 minutes each
#
# The corpus grows in $CARGO_TARGET_DIR/fuzz-corpus (seeded from fuzz/corpus); crashes land in
# $CARGO_TARGET_DIR/fuzz-artifacts. `scripts/fuzz.sh merge` minimizes the grown corpus into
# fuzz/corpus, the committed corpus that `scripts/test.sh` replays.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TARGET="$(rustc -vV | sed -n 's/^host: //p')"
FLAGS=(-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table
	-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing)
BIN="$CARGO_TARGET_DIR/$TARGET/fuzz/corex-fuzz"
CORPUS="$CARGO_TARGET_DIR/fuzz-corpus"
ARTIFACTS="$CARGO_TARGET_DIR/fuzz-artifacts"

log "building the fuzz target (native runtime only, instrumented)"
# --target: the flags instrument the target's code, not build scripts and proc-macros.
(cd "$ROOT" && SKIP_WASM_BUILD=1 RUSTFLAGS="${FLAGS[*]}" cargo build --locked --profile fuzz \
	--target "$TARGET" -p corex-fuzz --features libfuzzer,fast-runtime --bin corex-fuzz)
mkdir -p "$CORPUS" "$ARTIFACTS"

if [ "${1:-}" = merge ]; then
	log "minimizing $CORPUS into fuzz/corpus"
	"$BIN" -merge=1 "$ROOT/fuzz/corpus" "$CORPUS"
	exit 0
fi

runs="${1:-1000000}"
seconds="${2:-0}"
log "fuzzing: $runs executions${seconds:+, at most $seconds s}"
started=$(date +%s)
jobs="${FUZZ_JOBS:-1}"
if ((jobs > 1)); then
	# libFuzzer's own parallel mode: each job logs to fuzz-N.log in the working directory.
	(cd "$CARGO_TARGET_DIR" && "$BIN" -jobs="$jobs" -workers="$jobs" -max_total_time="$seconds" -max_len=4096 \
		-print_final_stats=1 -artifact_prefix="$ARTIFACTS/" "$CORPUS" "$ROOT/fuzz/corpus")
	grep -h "stat::\|DONE\|ERROR" "$CARGO_TARGET_DIR"/fuzz-*.log || true
else
	"$BIN" -runs="$runs" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
		-artifact_prefix="$ARTIFACTS/" "$CORPUS" "$ROOT/fuzz/corpus" 2>&1 | tee "$CARGO_TARGET_DIR/fuzz.log" | grep -E "^#|DONE|stat::|ERROR|panicked" || true
fi
log "fuzzed in $(fmt_duration $(($(date +%s) - started)))"
log "the histogram of call outcomes over the grown corpus"
# With the node's features, as scripts/test.sh builds the runtime: nothing is compiled twice.
(cd "$ROOT" && SKIP_WASM_BUILD=1 cargo build --locked --profile "$PROFILE" -p corex-node -p corex-fuzz \
	--features "$NODE_FEATURES" --bin corex-fuzz-replay)
"$CARGO_TARGET_DIR/$PROFILE/corex-fuzz-replay" "$CORPUS"
