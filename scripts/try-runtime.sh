#!/usr/bin/env bash
# try-runtime on a development chain's state: `corex-node --dev`, whose development and test
# build carries the `try-runtime` runtime feature (scripts/lib.sh), is given state in every
# pallet, then `TryRuntime_on_runtime_upgrade(All)` and `TryRuntime_execute_block(…, try_state =
# All)` run on it through `state_call` (tests/e2e/suites/try-runtime.test.js). Exit code 0 = every
# pallet's try_state passed. `scripts/test.sh` runs the same file with the end-to-end suites.
#
#   scripts/try-runtime.sh              build the node if needed, then check
#   scripts/try-runtime.sh --no-build   check with the node as it is
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
	--no-build) ;;
	"") build_node ;;
	*) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac
(cd "$ROOT/tests/e2e" && node --test --test-reporter=spec suites/try-runtime.test.js)
log "try-runtime checks passed"
