#!/usr/bin/env bash
# The rustc wrapper of the fuzz build (scripts/fuzz.sh sets it as RUSTC_WRAPPER): adds the
# coverage instrumentation in COREX_FUZZ_FLAGS to the crates of this workspace only (the
# runtime, the pallets, the primitives, the fuzzer), not to their dependencies. Coverage then
# guides the fuzzer by Corex's own branches, and the SCALE decoding, hashing and storage code
# underneath, most of an input's time, runs at full speed (docs/security.md has the figures).
#
# Cargo calls it as `fuzz-rustc.sh <rustc> <args…>` with CARGO_MANIFEST_DIR set to the crate's
# directory; build scripts and proc-macros (host code) are left alone, as RUSTFLAGS with
# `--target` leaves them.
set -euo pipefail
rustc="$1"
shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
host=1
for arg in "$@"; do
	[ "$arg" = --target ] && host=0
	[[ $arg == --target=* ]] && host=0
done
case "$*" in *"--crate-name build_script_"* | *"--crate-type proc-macro"*) host=1 ;; esac
if ((host == 0)) && [[ ${CARGO_MANIFEST_DIR:-} == "$root"/* ]]; then
	# shellcheck disable=SC2086 # the flags are words
	exec "$rustc" "$@" ${COREX_FUZZ_FLAGS:-}
fi
exec "$rustc" "$@"
