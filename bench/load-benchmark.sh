#!/usr/bin/env bash
# Load benchmark of the recommender service, loopback only, bounded in time (issue: service).
# In one run, 8 connections each (wrk -t2 -c8, DURATION seconds per case, default 10):
#   (a) a static JSON file of the same size as a complete-the-look answer, served by the same service
#   (b) complete-the-look with the near-cache off (every request reads Redis)
#   (c) complete-the-look with the near-cache on
#   (d) redis-benchmark GET of values of the same size as the Redis list value, 8 connections
# Prints requests/s, p50/p99 latency, allocation per request (JVM allocation counter / requests), ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
OUT=bench/out/load; mkdir -p "$OUT/static"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v redis-server >/dev/null || { echo "redis-server is needed: apt-get install -y redis-server"; exit 1; }
[ -f recommender-service/target/pointe-service.jar ] && [ -f model-training/target/pointe-training-cli.jar ] \
  || ./mvnw -B -q -DskipTests package
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

RPORT=$(free_port)
redis-server --port "$RPORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --logfile "$PWD/$OUT/redis.log" \
  --pidfile "$PWD/$OUT/redis.pid"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; redis-cli -p "$RPORT" shutdown nosave >/dev/null 2>&1 || true; }
trap cleanup EXIT
for _ in $(seq 50); do redis-cli -p "$RPORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
java -jar model-training/target/pointe-training-cli.jar train --no-evaluate --no-progress --out "$OUT/model" \
  --publish --redis "redis://127.0.0.1:$RPORT" > "$OUT/train.log"
VERSION=$(redis-cli -p "$RPORT" get 'pointe:{ctl}:active')
SKU=PT-SHO-0001
VALUE_SIZE=$(redis-cli -p "$RPORT" strlen "pointe:m:$VERSION:ctl:$SKU")

start_service() { # port, near-cache enabled
  java ${SERVICE_JAVA_OPTS:--Xmx512m} -jar recommender-service/target/pointe-service.jar --server.port="$1" \
    --pointe.redis.uri="redis://127.0.0.1:$RPORT" --pointe.near-cache.enabled="$2" \
    --spring.web.resources.static-locations="file:$PWD/$OUT/static/" --logging.level.root=WARN > "$OUT/service-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return; sleep 0.2; done
  echo "service on $1 did not start"; cat "$OUT/service-$1.log"; exit 1
}

allocated() { curl -s "http://127.0.0.1:$1/actuator/prometheus" | awk '/^jvm_gc_memory_allocated_bytes_total/ {print $2}'; }

run_wrk() { # name, port, path
  local name=$1 port=$2 path=$3
  wrk -t2 -c8 -d3s "http://127.0.0.1:$port$path" > /dev/null            # warm-up
  local before after
  before=$(allocated "$port")
  wrk -t2 -c8 -d"${DURATION}s" --latency "http://127.0.0.1:$port$path" > "$OUT/$name.wrk"
  after=$(allocated "$port")
  local rps p50 p99 requests
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$OUT/$name.wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/$name.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/$name.wrk")
  requests=$(awk '/requests in/ {print $1}' "$OUT/$name.wrk")
  local alloc
  alloc=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN {printf "%.1f", (b - a) / n / 1024}')
  printf '%-34s %10s req/s  p50 %8s  p99 %8s  ~%6s KB allocated/request\n' "$name" "$rps" "$p50" "$p99" "$alloc"
  echo "$rps" > "$OUT/$name.rps"
}

PORT_ON=$(free_port); start_service "$PORT_ON" true
PORT_OFF=$(free_port); start_service "$PORT_OFF" false
curl -s "http://127.0.0.1:$PORT_ON/v1/items/$SKU/complete-the-look" > "$OUT/static/look.json"
echo "Pointe load benchmark, $(date -u +%FT%TZ), $(nproc) cores, model $VERSION, answer $(wc -c < "$OUT/static/look.json") B, Redis value $VALUE_SIZE B, ${DURATION}s per case, 8 connections"
run_wrk "(a) static JSON, same service" "$PORT_ON" "/look.json"
run_wrk "(b) complete-the-look, no cache" "$PORT_OFF" "/v1/items/$SKU/complete-the-look"
run_wrk "(c) complete-the-look, near-cache" "$PORT_ON" "/v1/items/$SKU/complete-the-look"
kill "${PIDS[@]}" 2>/dev/null || true; PIDS=()
redis-cli -p "$RPORT" flushall >/dev/null
N=$(awk -v r="$(cat "$OUT/(b) complete-the-look, no cache.rps")" -v d="$DURATION" 'BEGIN {printf "%d", r * d * 2 + 100000}')
GET=$(redis-benchmark -p "$RPORT" -t set,get -d "$VALUE_SIZE" -c 8 -n "$N" -r 100000 -q 2>/dev/null | tr '\r' '\n' \
  | sed -nE 's/^GET: ([0-9.]+) requests per second.*/\1/p' | tail -1)
printf '%-34s %10s req/s\n' "(d) redis-benchmark GET, 8 conns" "$GET"
A=$(cat "$OUT/(a) static JSON, same service.rps"); B=$(cat "$OUT/(b) complete-the-look, no cache.rps"); C=$(cat "$OUT/(c) complete-the-look, near-cache.rps")
awk -v a="$A" -v b="$B" -v c="$C" -v d="$GET" 'BEGIN {
  printf "ratios: (c)/(a) = %.2f (target >= 0.8)   (b)/(d) = %.2f (target >= 0.35)\n", c / a, b / d }'
