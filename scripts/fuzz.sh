#!/usr/bin/env bash
# The runtime fuzzer's long run (docs/security.md): builds the libFuzzer target of `fuzz/` with
# sanitizer coverage (stable Rust: LLVM's sancov pass, inline 8-bit counters, comparison
# tracing), runs it, then replays the corpus it grew and prints the histogram of call outcomes.
#
#   scripts/fuzz.sh [runs] [seconds]     # defaults: 1,000,000 executions, no time limit
#   FUZZ_JOBS=2 scripts/fuzz.sh 0 2400    # two processes sharing the corpus, 40 minutes each
#   FUZZ_JOBS=2 scripts/fuzz.sh 1000000   # two processes, half the executions each
#   FUZZ_MAX_LEN=128 scripts/fuzz.sh      # inputs of at most 128 bytes (default 4,096)
#
# Runs 0 means no limit on executions.
#
# The corpus grows in $CARGO_TARGET_DIR/fuzz-corpus (seeded from fuzz/corpus); crashes land in
# $CARGO_TARGET_DIR/fuzz-artifacts. `scripts/fuzz.sh merge` minimizes the grown corpus into
# fuzz/corpus, the committed corpus that `scripts/test.sh` replays.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TARGET="$(rustc -vV | sed -n 's/^host: //p')"
FLAGS=(-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4
	-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table
	-Cllvm-args=-sanitizer-coverage-trace-compares)
BIN="$CARGO_TARGET_DIR/$TARGET/fuzz/corex-fuzz"
CORPUS="$CARGO_TARGET_DIR/fuzz-corpus"
ARTIFACTS="$CARGO_TARGET_DIR/fuzz-artifacts"

log "building the fuzz target (native runtime only, Corex's crates instrumented)"
# The coverage flags reach this workspace's crates only, through scripts/fuzz-rustc.sh;
# `--cfg fuzzing` reaches every crate. --target: build scripts and proc-macros stay host code.
# RUSTFLAGS replaces .cargo/config.toml's, so lld is named again.
(cd "$ROOT" && SKIP_WASM_BUILD=1 RUSTFLAGS="--cfg fuzzing -C link-arg=-fuse-ld=lld" COREX_FUZZ_FLAGS="${FLAGS[*]}" \
	RUSTC_WRAPPER="$ROOT/scripts/fuzz-rustc.sh" cargo build --locked --profile fuzz \
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
# Longer inputs reach further per input but run slower (docs/security.md has the rates).
max_len="${FUZZ_MAX_LEN:-4096}"
if ((jobs > 1)); then
	# libFuzzer's own parallel mode: each job logs to fuzz-N.log in the working directory and
	# runs its share of the executions (-1: no limit).
	share=-1
	((runs > 0)) && share=$(((runs + jobs - 1) / jobs))
	(cd "$CARGO_TARGET_DIR" && "$BIN" -jobs="$jobs" -workers="$jobs" -runs="$share" -max_total_time="$seconds" -max_len="$max_len" \
		-print_final_stats=1 -artifact_prefix="$ARTIFACTS/" "$CORPUS" "$ROOT/fuzz/corpus")
	grep -h "stat::\|DONE\|ERROR" "$CARGO_TARGET_DIR"/fuzz-*.log || true
else
	"$BIN" -runs="$( ((runs > 0)) && echo "$runs" || echo -1)" -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 \
		-artifact_prefix="$ARTIFACTS/" "$CORPUS" "$ROOT/fuzz/corpus" 2>&1 | tee "$CARGO_TARGET_DIR/fuzz.log" | grep -E "^#|DONE|stat::|ERROR|panicked" || true
fi
log "fuzzed in $(fmt_duration $(($(date +%s) - started)))"
log "the histogram of call outcomes over the grown corpus"
# With the node's features, as scripts/test.sh builds the runtime: nothing is compiled twice.
(cd "$ROOT" && SKIP_WASM_BUILD=1 cargo build --locked --profile "$PROFILE" -p corex-node -p corex-fuzz \
	--features "$NODE_FEATURES" --bin corex-fuzz-replay)
"$CARGO_TARGET_DIR/$PROFILE/corex-fuzz-replay" "$CORPUS"
