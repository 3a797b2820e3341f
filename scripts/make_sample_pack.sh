#!/usr/bin/env bash
# Regenerates the committed sample pack, reports/sample/: the sample's three months run in
# sequence, so that the pack shows "Since last month" and the sample decisions. The test
# `pack::committed_sample_pack_is_up_to_date` runs the same steps and fails if the committed pack
# differs (run.json timings aside). Run from anywhere; uses the debug build like the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cargo build -q
bin=target/debug/overlap
"$bin" -q run sample-data/2026-10 --out "$scratch/2026-10"
"$bin" -q run sample-data/2026-11 --out "$scratch/2026-11"
"$bin" -q run sample-data/2026-12 --period 2026-12 --out reports/sample --force \
    --previous "$scratch/2026-11" --decisions sample-data/decisions.csv
echo "wrote reports/sample/ (open reports/sample/index.html)"
