#!/usr/bin/env bash
# try-runtime on a development chain's state: builds the runtime with the `try-runtime` feature
# (and `fast-runtime`, as the development node), runs `corex-node --dev` with that runtime as a
# wasm override, gives the chain state in every pallet, and runs through `state_call`
# `TryRuntime_on_runtime_upgrade(All)` and `TryRuntime_execute_block(…, try_state = All)` on the
# last blocks (tests/e2e/try-runtime.mjs). Exit code 0 = every pallet's try_state passed.
#
#   scripts/try-runtime.sh                      build the node if needed and the try-runtime wasm, check
#   scripts/try-runtime.sh --build-runtime-only the node is built (scripts/test.sh): only the wasm
#   scripts/try-runtime.sh --no-build           use the wasm and node as they are
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WASM="$CARGO_TARGET_DIR/release/wbuild/corex-runtime/corex_runtime.compact.compressed.wasm"
if [ "${1:-}" != "--no-build" ]; then
	[ "${1:-}" = "--build-runtime-only" ] || build_node
	log "building the runtime with try-runtime (wasm only is used)"
	(cd "$ROOT" && cargo build --release --locked -p corex-runtime --features try-runtime,fast-runtime)
fi
dir="$(mktemp -d -t corex-try-runtime.XXXXXX)"
trap 'rm -rf "$dir"' EXIT
cp "$WASM" "$dir/corex_runtime_try_runtime.wasm"
log "checking with the override in $dir"
(cd "$ROOT/tests/e2e" && node try-runtime.mjs "$dir")
log "try-runtime checks passed"
