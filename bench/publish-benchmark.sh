#!/usr/bin/env bash
# Publish throughput vs Redis itself, in one run against the same local Redis (issue: publishing).
# Starts its own redis-server on a free loopback port (never touches 6379), then, 3 rounds each:
#   - redis-benchmark: pipelined SET (-P 16, one connection, like the publisher) of values of our
#     average size, as many keys as the model has;
#   - pointe publish of the seed model and of the H&M model (105,542 items, both lists).
# Prints medians and the ratio publish keys/s / redis-benchmark SET/s.
set -euo pipefail
cd "$(dirname "$0")/.."
DATASETS=${POINTE_DATASETS:-../shared/datasets}
OUT=bench/out/publish; mkdir -p "$OUT"
JAR=model-training/target/pointe-training-cli.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package -pl model-format,model-training -am
command -v redis-server >/dev/null && command -v redis-benchmark >/dev/null \
  || { echo "redis-server and redis-benchmark are needed (apt-get install redis-server)"; exit 1; }

PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
redis-server --port "$PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --logfile "$PWD/$OUT/redis.log" --pidfile "$PWD/$OUT/redis.pid" --maxmemory-policy noeviction
trap 'redis-cli -p "$PORT" shutdown nosave >/dev/null 2>&1 || true' EXIT
for _ in $(seq 50); do redis-cli -p "$PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
URI="redis://127.0.0.1:$PORT"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

publish_rounds() { # name, model dir -> prints "keys bytes seconds" medians
  local name=$1 model=$2
  : > "$OUT/$name.rounds"
  for round in 1 2 3; do
    redis-cli -p "$PORT" flushall >/dev/null
    java -jar "$JAR" publish --model "$model" --redis "$URI" --no-progress > "$OUT/$name.log"
    sed -nE 's/^Published [0-9a-f]+ to [^:]+:[^:]+:[^ ]+ ([0-9,]+) keys, ([0-9.,]+) MB in ([0-9.]+) s.*/\1 \2 \3/p' "$OUT/$name.log" \
      | tr -d , >> "$OUT/$name.rounds"
  done
  local keys mb secs
  keys=$(awk '{print $1}' "$OUT/$name.rounds" | head -1)
  mb=$(awk '{print $2}' "$OUT/$name.rounds" | head -1)
  secs=$(awk '{print $3}' "$OUT/$name.rounds" | median)
  echo "$keys $mb $secs"
}

benchmark_set() { # keys, value bytes -> median SET/s
  local n=$1 size=$2
  for round in 1 2 3; do
    redis-cli -p "$PORT" flushall >/dev/null
    redis-benchmark -p "$PORT" -t set -n "$n" -d "$size" -P 16 -c 1 -r 1000000000 -q 2>/dev/null \
      | tr '\r' '\n' | sed -nE 's/^SET: ([0-9.]+) requests per second.*/\1/p'
  done | median
}

report() { # name, model dir
  local name=$1 model=$2
  read -r keys mb secs < <(publish_rounds "$name" "$model")
  local size rate ours
  size=$(awk -v mb="$mb" -v k="$keys" 'BEGIN {printf "%d", mb * 1e6 / k}')
  rate=$(benchmark_set "$keys" "$size")
  ours=$(awk -v k="$keys" -v s="$secs" 'BEGIN {printf "%.0f", k / s}')
  printf '%-10s %9s keys, avg value %5s B | publish median %6.2f s = %8s keys/s | redis-benchmark SET -P16 -c1 median %8.0f /s | ratio %.2f\n' \
    "$name" "$keys" "$size" "$secs" "$ours" "$rate" "$(awk -v a="$ours" -v b="$rate" 'BEGIN {print a / b}')"
}

echo "Pointe publish benchmark, $(date -u +%FT%TZ), $(nproc) cores, $(redis-server --version | cut -d' ' -f3), port $PORT"
java -jar "$JAR" train --no-evaluate --no-progress --out "$OUT/model-seeds" > /dev/null
report seeds "$OUT/model-seeds"
if [ -d "$DATASETS/hm-fashion" ]; then
  java -Xmx3g -jar "$JAR" train --preset hm-fashion --data "$DATASETS/hm-fashion" --no-evaluate --no-progress --out "$OUT/model-hm" > /dev/null
  report hm-fashion "$OUT/model-hm"
else
  echo "hm-fashion: datasets not found at $DATASETS (set POINTE_DATASETS); skipped"
fi
