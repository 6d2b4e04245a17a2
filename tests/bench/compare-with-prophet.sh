#!/usr/bin/env bash
# Prophet 1.0 (R) and our engine on the same synthetic daily series (1, 2, 4, 8 years),
# one after the other in one run. Needs the Debian package r-cran-prophet and a build
# (default build dir: build). Usage: tests/bench/compare-with-prophet.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
"$build/tests/bench/bakery_bench" --write-series "$work/series"
# Prophet: fits all but the last 28 days, predicts every row (1000 samples and point only).
Rscript ../shared/tools/prophet_batch.R "$work/series" "$work/prophet" 28 none >/dev/null 2>&1
# Ours on the same split, through the command line (one run per series).
printf '\n%-22s %10s %12s %14s | %10s %12s\n' series prophet_fit prophet_pred prophet_point ours_fit ours_pred
for f in "$work"/series/*.csv; do
    name=$(basename "$f" .csv)
    ours=$("$build/app/bakery-trainer-cli" forecast --input "$f" --json)
    fit=$(echo "$ours" | sed -E 's/.*"fit_ms":([0-9.e+-]+).*/\1/')
    pred=$(echo "$ours" | sed -E 's/.*"predict_ms":([0-9.e+-]+).*/\1/')
    row=$(tr -d '"' < "$work/prophet/summary.csv" | grep "^$name,")
    pfit=$(echo "$row" | cut -d, -f11)
    ppred=$(echo "$row" | cut -d, -f12)
    ppoint=$(echo "$row" | cut -d, -f13)
    printf '%-22s %9.3fs %11.3fs %13.3fs | %8.2fms %10.2fms\n' "$name" "$pfit" "$ppred" "$ppoint" "$fit" "$pred"
done
echo
# Ours in the benchmark: whole series fitted, history + 28 future days predicted, median of 5.
"$build/tests/bench/bakery_bench" --benchmark_min_time=1 --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true 2>/dev/null | grep -E '^(Benchmark|BM_.*_median)'
