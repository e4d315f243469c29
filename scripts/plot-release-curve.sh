#!/usr/bin/env bash
# Plots the mining pool's release curve to docs/release-curve.png (and its data to
# docs/release-curve.csv). The curve is computed by the pallet's own rule, through the
# `release_curve` example of pallets/mining-pool; matplotlib draws it.
#
#   scripts/plot-release-curve.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if ! python3 -c "import matplotlib" 2>/dev/null; then
	log "installing matplotlib (pip, user site)"
	python3 -m pip install --user --quiet matplotlib
fi
cd "$ROOT"
cargo run --release --locked --quiet -p pallet-mining-pool --example release_curve > docs/release-curve.csv
python3 scripts/plot-release-curve.py docs/release-curve.csv docs/release-curve.png
grep '^#' docs/release-curve.csv
