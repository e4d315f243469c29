#!/usr/bin/env bash
# Plots the mining pool's release curve to docs/release-curve.svg (and its data to
# docs/release-curve.csv). The curve is computed by the pallet's own rule, through the
# `release_curve` example of pallets/mining-pool; `corex-tools plot-release-curve` draws it.
#
#   scripts/plot-release-curve.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT"
cargo run --release --locked --quiet -p pallet-mining-pool --example release_curve > docs/release-curve.csv
cargo run --release --locked --quiet -p corex-tools -- plot-release-curve \
	--csv docs/release-curve.csv --out docs/release-curve.svg
grep '^#' docs/release-curve.csv
