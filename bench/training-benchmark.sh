#!/usr/bin/env bash
# Training time, events/s and peak memory of `train` on real data (issue: trainer benchmark).
# Runs: Brijs retail, the H&M week, and Brijs replicated with remapped ids to >= 10 million item
# occurrences. Heap is capped at 2 GB. Prints one line per run; bounded (each run < 5 minutes).
#   bench/training-benchmark.sh            datasets from $POINTE_DATASETS or ../shared/datasets
set -euo pipefail
cd "$(dirname "$0")/.."
DATASETS=${POINTE_DATASETS:-../shared/datasets}
if [ ! -d "$DATASETS" ]; then echo "datasets not found at $DATASETS (set POINTE_DATASETS); nothing to measure"; exit 0; fi
OUT=bench/out/training; mkdir -p "$OUT"
JAR=model-training/target/pointe-training-cli.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package -pl model-training
REPLICAS=${REPLICAS:-12}

# Brijs x REPLICAS: copy r shifts every item id by r * 1,000,000, so the copies share no items.
BIG="$OUT/brijs-x$REPLICAS.dat.gz"
if [ ! -f "$BIG" ]; then
  zcat "$DATASETS/brijs-retail/retail.dat.gz" | awk -v R="$REPLICAS" '
    { lines[NR] = $0 } END { for (r = 0; r < R; r++) for (i = 1; i <= NR; i++) {
        n = split(lines[i], a, " "); s = ""; for (j = 1; j <= n; j++) s = s (j > 1 ? " " : "") (a[j] + r * 1000000); print s } }' \
    | gzip -1 > "$BIG"
fi

run() { # name, then train arguments
  local name=$1; shift
  local log="$OUT/$name.log"
  /usr/bin/time -f "%e %M" -o "$OUT/$name.time" timeout 300 java -Xmx2g -XX:+UseParallelGC -jar "$JAR" train --no-evaluate --no-progress \
      --out "$OUT/model-$name" "$@" > "$log"
  read -r wall rss < "$OUT/$name.time"
  local loaded model
  loaded=$(grep '^Loaded' "$log")
  model=$(grep '^Model' "$log")
  printf '%-14s wall %6.1f s  max RSS %6d MB | %s | %s\n' "$name" "$wall" $((rss / 1024)) \
    "$(echo "$loaded" | sed -E 's/.*in ([0-9,]+) baskets \(([0-9,]+) item occurrences\).*/\2 item occurrences in \1 baskets/')" \
    "$(echo "$model" | grep -oE '[0-9,]+ events/s, peak heap [0-9,]+ MB')"
}

echo "Pointe training benchmark, $(date -u +%FT%TZ), $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), -Xmx2g"
run brijs-retail --preset brijs-retail --data "$DATASETS/brijs-retail"
run hm-fashion --preset hm-fashion --data "$DATASETS/hm-fashion"
run "brijs-x$REPLICAS" --events "$BIG" --events-format basket-lines --delimiter space
