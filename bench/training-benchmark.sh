#!/usr/bin/env bash
# Training time, events/s and peak memory of `train` on real data. Runs: Brijs retail, the H&M week, and
# Brijs replicated with remapped ids to >= 10 million item occurrences. Heap is capped at 2 GB. Bounded
# (each run < 5 minutes).
#
#   bench/training-benchmark.sh                       datasets from $POINTE_DATASETS or ../shared/datasets
#   BASELINE_JAR=old/pointe-training-cli.jar bench/training-benchmark.sh
#       the same runs with another trainer jar (e.g. built from an earlier commit), interleaved with this
#       one's in ROUNDS rounds: medians and the ratios this/baseline, measured side by side in one run
set -euo pipefail
cd "$(dirname "$0")/.."
DATASETS=${POINTE_DATASETS:-../shared/datasets}
if [ ! -d "$DATASETS" ]; then echo "datasets not found at $DATASETS (set POINTE_DATASETS); nothing to measure"; exit 0; fi
OUT=bench/out/training; mkdir -p "$OUT"
JAR=model-training/target/pointe-training-cli.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package -pl model-training -am
REPLICAS=${REPLICAS:-12}
ROUNDS=${ROUNDS:-3}
BASELINE_JAR=${BASELINE_JAR:-}

# Brijs x REPLICAS: copy r shifts every item id by r * 1,000,000, so the copies share no items.
BIG="$OUT/brijs-x$REPLICAS.dat.gz"
if [ ! -f "$BIG" ]; then
  zcat "$DATASETS/brijs-retail/retail.dat.gz" | awk -v R="$REPLICAS" '
    { lines[NR] = $0 } END { for (r = 0; r < R; r++) for (i = 1; i <= NR; i++) {
        n = split(lines[i], a, " "); s = ""; for (j = 1; j <= n; j++) s = s (j > 1 ? " " : "") (a[j] + r * 1000000); print s } }' \
    | gzip -1 > "$BIG"
fi

# one run: prints "wall_s rss_mb peak_heap_mb"
measure() { # jar, name, then train arguments
  local jar=$1 name=$2; shift 2
  local log="$OUT/$name.log"
  /usr/bin/time -f "%e %M" -o "$OUT/$name.time" timeout 300 java -Xmx2g -XX:+UseParallelGC -jar "$jar" train --no-evaluate --no-progress \
      --out "$OUT/model-$name" "$@" > "$log"
  local wall rss heap
  read -r wall rss < "$OUT/$name.time"
  heap=$(grep -oE 'peak heap [0-9,]+ MB' "$log" | grep -oE '[0-9,]+' | tr -d ,)
  echo "$wall $((rss / 1024)) $heap"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

bench() { # name, then train arguments
  local name=$1; shift
  local walls="" heaps="" rss="" bwalls="" bheaps="" brss=""
  for round in $(seq "$ROUNDS"); do
    read -r w r h < <(measure "$JAR" "$name" "$@")
    walls="$walls $w"; rss="$rss $r"; heaps="$heaps $h"
    if [ -n "$BASELINE_JAR" ]; then
      read -r w r h < <(measure "$BASELINE_JAR" "$name-baseline" "$@")
      bwalls="$bwalls $w"; brss="$brss $r"; bheaps="$bheaps $h"
    fi
  done
  local mw mh mr
  mw=$(tr ' ' '\n' <<< "$walls" | grep . | median); mh=$(tr ' ' '\n' <<< "$heaps" | grep . | median); mr=$(tr ' ' '\n' <<< "$rss" | grep . | median)
  local loaded
  loaded=$(grep '^Model' "$OUT/$name.log" | grep -oE '[0-9,]+ events/s')
  printf '%-14s wall %6.1f s (runs:%s)  peak heap %5s MB  max RSS %5s MB  %s\n' "$name" "$mw" "$walls" "$mh" "$mr" "$loaded"
  if [ -n "$BASELINE_JAR" ]; then
    local bw bh br
    bw=$(tr ' ' '\n' <<< "$bwalls" | grep . | median); bh=$(tr ' ' '\n' <<< "$bheaps" | grep . | median); br=$(tr ' ' '\n' <<< "$brss" | grep . | median)
    printf '%-14s wall %6.1f s (runs:%s)  peak heap %5s MB  max RSS %5s MB  (baseline jar)\n' "" "$bw" "$bwalls" "$bh" "$br"
    printf '%-14s ratio this/baseline: wall %.2f, peak heap %.2f, max RSS %.2f\n' "" \
      "$(echo "$mw / $bw" | bc -l)" "$(echo "$mh / $bh" | bc -l)" "$(echo "$mr / $br" | bc -l)"
  fi
}

echo "Pointe training benchmark, $(date -u +%FT%TZ), $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), -Xmx2g, $ROUNDS rounds${BASELINE_JAR:+, baseline $BASELINE_JAR}"
bench brijs-retail --preset brijs-retail --data "$DATASETS/brijs-retail"
bench hm-fashion --preset hm-fashion --data "$DATASETS/hm-fashion"
bench "brijs-x$REPLICAS" --events "$BIG" --events-format basket-lines --delimiter space
