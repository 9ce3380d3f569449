#!/usr/bin/env bash
# Top-20 raw-LLR neighbours of every Brijs retail item: Pointe vs Apache Mahout Taste 0.13, timed
# (median of 3 runs) and checked to be equal up to ties. Exits non-zero when a list differs beyond ties.
#
#   bench/llr-neighbours-vs-mahout.sh
#
# Environment: POINTE_DATASETS (default: ../shared/datasets from the repository root; skipped when
# absent), POINTE_BENCH_TIMEOUT (seconds, default 900), POINTE_SKIP_BUILD=1 to use the jars already built.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATASETS="${POINTE_DATASETS:-../shared/datasets}"
LIMIT="${POINTE_BENCH_TIMEOUT:-900}"
JAR=bench/mahout-baseline/target/mahout-baseline-bench.jar

if [ ! -f "$DATASETS/brijs-retail/retail.dat.gz" ]; then
  echo "llr-neighbours-vs-mahout: skipped, '$DATASETS/brijs-retail/retail.dat.gz' is absent (set POINTE_DATASETS)"
  exit 0
fi
if [ "${POINTE_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -Pbench -DskipTests package -pl model-training,bench/mahout-baseline -am
fi

timeout "$LIMIT" java -cp "$JAR" dev.pointe.bench.NeighbourBenchmark --data "$DATASETS/brijs-retail" \
  --top 20 --runs 3 --threads 2
