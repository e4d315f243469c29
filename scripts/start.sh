#!/usr/bin/env bash
# The main job: set up, build, and run a single-validator development chain (Alice) whose data
# persists in .corex-data/ in the checkout. Stop it with Ctrl-C; start again to continue the
# same chain; `scripts/start.sh --purge` starts over from genesis.
# It also serves the digits shards (and any block the compute workers publish) on the
# development IPFS gateway, http://127.0.0.1:8089 (tools/gateway/raw-block-server.mjs; GATEWAY_PORT
# changes the port, NO_GATEWAY=1 skips it when a kubo gateway runs instead).
# Extra arguments are passed to corex-node.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATA="$ROOT/.corex-data"
if [ "${1:-}" = "--purge" ]; then
	shift
	log "removing $DATA"
	rm -rf "$DATA"
fi

"$ROOT/scripts/setup.sh" run
build_node

RPC_PORT="${RPC_PORT:-9944}"
log "chain data: $DATA"
log "RPC: ws://127.0.0.1:$RPC_PORT"
log "polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A${RPC_PORT}#/explorer"
GATEWAY_ARGS=()
if [ -z "${NO_GATEWAY:-}" ]; then
	GATEWAY_PORT="${GATEWAY_PORT:-8089}"
	node "$ROOT/tools/gateway/raw-block-server.mjs" --dir "$ROOT/datasets/digits/shards" \
		--port "$GATEWAY_PORT" > "$ROOT/.corex-gateway.log" 2>&1 &
	GATEWAY_PID=$!
	trap 'kill $GATEWAY_PID 2>/dev/null || true' EXIT
	log "IPFS gateway (raw blocks): http://127.0.0.1:$GATEWAY_PORT, log in .corex-gateway.log"
	# The compute workers fetch from it and publish to it.
	GATEWAY_ARGS=(--compute-gateway "http://127.0.0.1:$GATEWAY_PORT")
fi
"$COREX_NODE" --dev --base-path "$DATA" --rpc-port "$RPC_PORT" --rpc-cors all "${GATEWAY_ARGS[@]}" "$@"
