#!/usr/bin/env bash
# The main job: set up, build, and run a development network that computes, with no further
# command:
#   - a single-validator chain (Alice) of the `demo` spec: the development runtime (2-second
#     blocks, 2-minute epochs) with the compute nodes of Bob, Charlie and Dave registered, bonded
#     and offered from genesis; the node puts their worker keys in its keystore (as `--alice`
#     does with session keys), so its off-chain worker computes for all three;
#   - a content gateway (an IPFS trustless gateway, tools/gateway/raw-block-server.mjs) serving
#     the digits shards, the initial model, and every block the workers publish;
#   - the web console (`corex console`, console/): the network, nodes, queue, jobs with their
#     accuracy charts, the mining pool and an account's rewards, in a browser;
#   - a demo training job (Ferdie trains a softmax-regression model on the digits, k = 3),
#     followed live with the `corex` CLI: each round's verified fragments, validation loss and
#     accuracy, the fees paid to nodes, the pool's rewards and its balance.
# The chain and the gateway's blocks persist in .corex-data/ (COREX_DATA moves it); start again to
# continue the same chain (with a new demo job); `scripts/start.sh --purge` starts over from
# genesis. Ctrl-C stops everything it started. The node's log is in .corex-data/node.log.
#
# Settings (environment): RPC_PORT (9944), GATEWAY_PORT (8089), CONSOLE_PORT (8088), DEMO_ROUNDS
# (10), NO_DEMO=1 (no demo job), COREX_SKIP_BUILD=1 (binaries already built, as the tests do).
# Extra arguments are passed to corex-node.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DATA="${COREX_DATA:-$ROOT/.corex-data}"
if [ "${1:-}" = "--purge" ]; then
	shift
	log "removing $DATA"
	rm -rf "$DATA"
fi

if [ -z "${COREX_SKIP_BUILD:-}" ]; then
	"$ROOT/scripts/setup.sh" run
	build_node
elif [ ! -f "$ROOT/console/dist/app.js" ]; then
	"$ROOT/scripts/setup.sh" console
fi

RPC_PORT="${RPC_PORT:-9944}"
GATEWAY_PORT="${GATEWAY_PORT:-8089}"
CONSOLE_PORT="${CONSOLE_PORT:-8088}"
RPC="ws://127.0.0.1:$RPC_PORT"
GATEWAY="http://127.0.0.1:$GATEWAY_PORT"
mkdir -p "$DATA/gateway"

# Everything started here is stopped on exit, Ctrl-C included.
STARTED=()
stop_all() {
	trap - EXIT INT TERM
	local pid
	for pid in "${STARTED[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${STARTED[@]}"; do wait "$pid" 2>/dev/null || true; done
	log "stopped"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# The gateway keeps its blocks (the inputs, and the gradients and models the workers publish)
# in $DATA/gateway, so a restarted chain's jobs can still be read.
for input in "$ROOT"/datasets/digits/shards/*.bin "$ROOT/datasets/digits/model-init.bin"; do
	[ -e "$DATA/gateway/${input##*/}" ] || cp "$input" "$DATA/gateway/"
done
node "$ROOT/tools/gateway/raw-block-server.mjs" --dir "$DATA/gateway" --port "$GATEWAY_PORT" --persist \
	> "$DATA/gateway.log" 2>&1 &
GATEWAY_PID=$!
STARTED+=("$GATEWAY_PID")
sleep 1
if ! kill -0 "$GATEWAY_PID" 2>/dev/null; then
	log "the content gateway did not start (port $GATEWAY_PORT taken? GATEWAY_PORT sets another):"
	tail -n 5 "$DATA/gateway.log"
	exit 1
fi
log "content gateway (IPFS, raw blocks): $GATEWAY, log in ${DATA#"$ROOT"/}/gateway.log"

"$COREX_NODE" --dev --chain demo --base-path "$DATA" --rpc-port "$RPC_PORT" --rpc-cors all \
	--offchain-worker always --compute-gateway "$GATEWAY" "$@" > "$DATA/node.log" 2>&1 &
NODE_PID=$!
STARTED+=("$NODE_PID")
log "corex-node started (chain: demo; log in ${DATA#"$ROOT"/}/node.log)"

cli() { "$COREX_CLI" --url "$RPC" "$@"; }
for _ in $(seq 1 120); do
	kill -0 "$NODE_PID" 2>/dev/null || { log "corex-node exited; the end of its log:"; tail -n 30 "$DATA/node.log"; exit 1; }
	cli status > /dev/null 2>&1 && break
	sleep 1
done
cli status

# The web console, served by the CLI (the binary itself in the background, not the `cli`
# function: a function runs in a subshell, whose pid would not stop it).
"$COREX_CLI" --url "$RPC" console --listen "127.0.0.1:$CONSOLE_PORT" --dir "$ROOT/console/dist" --gateway "$GATEWAY" \
	> "$DATA/console.log" 2>&1 &
CONSOLE_PID=$!
STARTED+=("$CONSOLE_PID")
for _ in $(seq 1 20); do
	grep -q "console is at" "$DATA/console.log" 2>/dev/null && break
	kill -0 "$CONSOLE_PID" 2>/dev/null || break
	sleep 0.5
done
if ! kill -0 "$CONSOLE_PID" 2>/dev/null; then
	log "the web console did not start (port $CONSOLE_PORT taken? CONSOLE_PORT sets another):"
	tail -n 5 "$DATA/console.log"
	exit 1
fi
log "RPC: $RPC"
log "web console: http://127.0.0.1:$CONSOLE_PORT/"
log "polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A${RPC_PORT}#/explorer"
log "the corex CLI: $COREX_CLI --url $RPC --help"

if [ -z "${NO_DEMO:-}" ]; then
	log "demo: Ferdie trains a model on the digits, ${DEMO_ROUNDS:-10} rounds on the three compute nodes (k = 3)"
	cli --signer ferdie train submit --dataset "$ROOT/datasets/digits/shards" \
		--model "$ROOT/datasets/digits/model-init.bin" --rounds "${DEMO_ROUNDS:-10}" --redundancy 3 \
		--gateway "$GATEWAY" --follow
	log "demo job done; the network keeps running (Ctrl-C stops it). Try: $COREX_CLI --url $RPC node list"
fi
wait "$NODE_PID"
