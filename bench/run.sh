#!/usr/bin/env bash
# Builds, generates the 100,000 and 1,000,000 initiative catalogues (once,
# in bench/data/, seed 1) and runs the benchmark on each; results go to
# bench/results-<N>.json. Figures are summarised in docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
mkdir -p bench/data
for n in 100000 1000000; do
  db="bench/data/synthetic-$n.ssccat"
  if [ ! -f "$db" ]; then
    /usr/bin/time -f "generate $n: %e s, peak %M KB" \
      ./build/ssc-catalogue generate --initiatives "$n" --seed 1 --db "$db" 2>&1 | tr '\r' '\n' | grep -v 'written$'
  fi
  ./build/ssc-bench --db "$db" | tee "bench/results-$n.json"
  formats=pdf,xlsx,csv,html,md,json; [ "$n" = 1000000 ] && formats=pdf,xlsx,csv
  ./build/ssc-report-bench --db "$db" --formats "$formats" | tee "bench/results-report-$n.json"
done
./build/ssc-gui-bench --db bench/data/synthetic-1000000.ssccat --clicks 40 | tee bench/results-gui-1000000.json
./build/ssc-import-bench --initiatives 100000 --dir bench/data | tee bench/results-import-100000.json
/usr/bin/python3 bench/cli_bench.py build/ssc-catalogue bench/data/synthetic-1000000.ssccat | tee bench/results-cli-1000000.json
