#!/usr/bin/env bash
# The multi-node network under zombienet (native provider): four validators and two compute
# nodes of the built corex-node on the `local` chain (fast-runtime), and the checks of
# zombienet/corex.zndsl: all peered, finality, a killed validator (finality continues), its
# restart (it catches up), a computation computed by the compute nodes while referenda replace a
# validator (finality goes on under the new set), and every validator's session keys rotated at
# once (blocks and finality go on).
#
#   scripts/zombienet.sh            build if needed, then run the test (exit code = result)
#   scripts/zombienet.sh spawn      build if needed, then start the network and keep it running
#   --no-build                      use the corex-node as it is (scripts/test.sh built it)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mode=test
build=1
for arg in "$@"; do
	case "$arg" in
		spawn) mode=spawn ;;
		--no-build) build=0 ;;
		*) echo "usage: $0 [spawn] [--no-build]" >&2; exit 2 ;;
	esac
done

ZN="$ROOT/zombienet"
if [ ! -d "$ZN/node_modules/@zombienet/cli" ] || [ "$ZN/package-lock.json" -nt "$ZN/node_modules/.package-lock.json" ]; then
	log "installing @zombienet/cli in zombienet/"
	(cd "$ZN" && npm ci --no-audit --no-fund --loglevel=error)
fi
((build)) && build_node

work="$(mktemp -d -t corex-zombienet.XXXXXX)"
# Kept on failure, with the tail of each node's log printed.
on_exit() {
	local rc=$?
	if ((rc)) && [ -d "$work/network" ]; then
		for f in "$work"/network/logs/*.log "$work"/network/*.log; do
			[ -f "$f" ] && { echo "----- $(basename "$f") (last 30 lines)"; tail -n 30 "$f"; }
		done
		log "network files kept in $work/network"
	else
		rm -rf "$work"
	fi
}
trap on_exit EXIT
export COREX_CHAIN_SPEC="$work/local-raw.json"
"$COREX_NODE" export-chain-spec --chain local --raw > "$COREX_CHAIN_SPEC"
# The development gateway's port: the compute nodes start with `--compute-gateway` on it, and
# zombienet/js/compute.js serves the inputs there.
COREX_GATEWAY_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export COREX_GATEWAY_PORT
log "network: zombienet/network.toml, chain spec $COREX_CHAIN_SPEC, node $COREX_NODE"

cd "$ZN"
start=$(date +%s)
if [ "$mode" = spawn ]; then
	exec npx zombienet --provider native --logType text --dir "$work/network" --force spawn network.toml
fi
npx zombienet --provider native --logType text --dir "$work/network" --force test corex.zndsl
log "zombienet test passed in $(( $(date +%s) - start )) s"
