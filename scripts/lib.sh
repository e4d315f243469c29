# Shared settings of the Corex scripts; sourced, not run.
# The cargo target directory lives outside the checkout so a fresh clone reuses compiled
# dependencies. Override with CARGO_TARGET_DIR.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/corex/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# The development and test build (Cargo.toml: `[profile.development]`, release semantics with
# cheaper optimisation) of the node. `--release` builds (validators, scripts/benchmark.sh, the
# testnet chain spec) land in $CARGO_TARGET_DIR/release instead.
PROFILE="development"
COREX_NODE="$CARGO_TARGET_DIR/$PROFILE/corex-node"
RELEASE_NODE="$CARGO_TARGET_DIR/release/corex-node"
# The developer tools (plots, shards, models) and the `corex` command-line client, built with
# the node.
COREX_TOOLS="$CARGO_TARGET_DIR/$PROFILE/corex-tools"
COREX_CLI="$CARGO_TARGET_DIR/$PROFILE/corex"
export COREX_NODE COREX_TOOLS COREX_CLI
# shellcheck disable=SC1091
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"

log() { printf '\033[1;34m[%s]\033[0m %s\n' "$(basename "$0")" "$*"; }

# Minutes and seconds of a duration in seconds: `fmt_duration 754` -> `12 min 34 s`.
fmt_duration() {
	local s="$1"
	if ((s >= 60)); then printf '%d min %02d s' $((s / 60)) $((s % 60)); else printf '%d s' "$s"; fi
}

# The development and test variant of the node, the one `scripts/start.sh` runs and every test
# drives: `fast-runtime` (2-second blocks, governance periods of a few blocks) and `try-runtime`
# (the `TryRuntime` API and every pallet's `try_state`, so the try-runtime check needs no second
# runtime build). The `testnet` chain spec carries the real runtime (6-second blocks, periods in
# days), built by `gen-chain-specs.sh`. Every cargo command of the scripts that touches the node
# or the runtime passes these features, so nothing is compiled twice (docs/build.md).
NODE_FEATURES="corex-node/fast-runtime,corex-node/try-runtime"

# The development node's Wasm runtime at opt-level 1 without LTO. substrate-wasm-builder builds the
# runtime in its own `release` profile (opt-level 3, thin LTO); these variables reach that nested
# cargo through the runtime's build script and leave the `development` profile as it is (it sets
# its own opt-level and has no LTO). The Wasm builds in about 190 s instead of 250 s, on the critical
# path of a cold build and after every change to the runtime or a pallet; the end-to-end suites,
# the off-chain workers' training among them, took 203 s on it against 197 s (docs/build.md). Only
# `build_node` (and test.sh's runtime tests, which may rebuild the Wasm) set them: `--release`
# builds (validators, the testnet spec) keep the full profile.
DEV_WASM_PROFILE=(CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false)

# `cargo build` of the node, with a line up front on what is built and how long it takes here,
# and (when the output is not a terminal, as in CI) a progress line every minute.
build_node() {
	local started marker ticker rc=0
	started=$(date +%s)
	if [ -x "$COREX_NODE" ]; then
		log "building corex-node (profile $PROFILE, fast-runtime + try-runtime) in $CARGO_TARGET_DIR: up to date in seconds; a few minutes after a change to the runtime or a pallet"
	else
		log "building corex-node (profile $PROFILE, fast-runtime + try-runtime) in $CARGO_TARGET_DIR: about 1,160 crates, about 35 min on this 2-core machine from an empty target directory (the native node, binaryen's C++ for the Wasm builder, then the runtime again as Wasm); docs/build.md"
	fi
	marker="$(mktemp -t corex-build.XXXXXX)"
	if [ ! -t 1 ]; then
		(
			# The sleep must not hold the output open: the caller may pipe it (test.sh tees it), and
			# a pipe stays open until every writer is gone, the killed loop's last sleep too.
			while sleep 60 >/dev/null 2>&1; do
				printf '\033[1;34m[%s]\033[0m node build: %s elapsed, %s crates compiled so far\n' \
					"$(basename "$0")" "$(fmt_duration $(($(date +%s) - started)))" "$(grep -c '^ *Compiling ' "$marker" || true)"
			done
		) &
		ticker=$!
	fi
	(cd "$ROOT" && env "${DEV_WASM_PROFILE[@]}" cargo build --profile "$PROFILE" --locked -p corex-node -p corex-tools -p corex-cli --features "$NODE_FEATURES") 2>&1 | tee "$marker" || rc=$?
	[ -n "${ticker:-}" ] && kill "$ticker" 2>/dev/null
	rm -f "$marker"
	((rc == 0)) || return "$rc"
	log "corex-node built in $(fmt_duration $(($(date +%s) - started)))"
}

# The directories of the pallet crates: every crate under pallets/, and the off-chain worker's
# (worker/, a pallet too).
pallet_dirs() {
	local dir
	for dir in "$ROOT"/pallets/*/ "$ROOT/worker/"; do
		[ -f "$dir/Cargo.toml" ] && printf '%s\n' "${dir%/}"
	done
}

# The package name a crate directory's Cargo.toml declares.
crate_name() {
	sed -n 's/^name = "\(.*\)"$/\1/p' "$1/Cargo.toml" | head -n 1
}

# `pallet-x/runtime-benchmarks,…` for every pallet: the benchmarks run as tests on the mocks.
pallet_benchmark_features() {
	local dir out=""
	for dir in $(pallet_dirs); do
		out+="$(crate_name "$dir")/runtime-benchmarks,"
	done
	printf '%s' "${out%,}"
}

# `--lib`, and `--test X`/`--example X` for every integration test and example of the given crate
# directories: what `cargo test` builds for them, named, because the cargo commands that test them
# also select corex-node (see `anchored` below) and must not build its tests.
test_targets() {
	local dir f
	printf -- '--lib '
	for dir in "$@"; do
		for f in "$dir"/tests/*.rs; do [ -f "$f" ] && printf -- '--test %s ' "$(basename "$f" .rs)"; done
		for f in "$dir"/examples/*.rs; do [ -f "$f" ] && printf -- '--example %s ' "$(basename "$f" .rs)"; done
	done
}

# `-p pallet-x` for every pallet crate.
pallet_packages() {
	local dir
	for dir in $(pallet_dirs); do
		printf -- '-p %s ' "$(crate_name "$dir")"
	done
}
