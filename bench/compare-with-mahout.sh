#!/usr/bin/env bash
# Pointe vs Apache Mahout Taste 0.13 on the shared real datasets: HR/NDCG tables, ratios, issue targets.
#
#   bench/compare-with-mahout.sh
#
# Environment:
#   POINTE_DATASETS     datasets folder (default: ../shared/datasets from the repository root);
#                       when it is absent the benchmark is skipped with a message
#   POINTE_BENCH_OUT    where the JSON/Markdown reports go (default: bench/out)
#   POINTE_BENCH_SEED   split seed (default: 42)
#   POINTE_BENCH_TIMEOUT  seconds allowed for each evaluation (default: 1200)
#   POINTE_SKIP_BUILD=1 use the jars already built
# Mahout answers one Brijs question in about 0.13 s per variant, hence fewer cases there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATASETS="${POINTE_DATASETS:-../shared/datasets}"
OUT="${POINTE_BENCH_OUT:-bench/out}"
SEED="${POINTE_BENCH_SEED:-42}"
LIMIT="${POINTE_BENCH_TIMEOUT:-1200}"
JAR=bench/mahout-baseline/target/mahout-baseline-bench.jar

if [ ! -d "$DATASETS" ]; then
  echo "compare-with-mahout: skipped, no datasets folder at '$DATASETS' (set POINTE_DATASETS)"
  exit 0
fi
if [ "${POINTE_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -Pbench -DskipTests package -pl model-training,bench/mahout-baseline -am
fi

failed=0
compare() { # preset split protocol max-cases
  local preset="$1" split="$2" protocol="$3" cases="$4"
  if [ ! -d "$DATASETS/$preset" ]; then
    echo "compare-with-mahout: skipped $preset, '$DATASETS/$preset' is absent"
    return 0
  fi
  if ! timeout "$LIMIT" java -cp "$JAR" dev.pointe.bench.CompareWithMahout --preset "$preset" --data "$DATASETS/$preset" \
      --split "$split" --protocol "$protocol" --max-cases "$cases" --seed "$SEED" --out "$OUT"; then
    echo "compare-with-mahout: $preset $split $protocol FAILED (or exceeded ${LIMIT}s)"
    failed=1
  fi
}

# the primary single-target protocols: (a) cross-category where there are categories, (b) next-item everywhere
compare hm-fashion RANDOM cross-category 5000
compare hm-fashion TEMPORAL cross-category 5000
compare hm-fashion RANDOM next-item 5000
compare brijs-retail RANDOM next-item 1000
compare groceries RANDOM cross-category 2000
compare groceries RANDOM next-item 2000
exit "$failed"
