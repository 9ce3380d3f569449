#!/usr/bin/env bash
# Events benchmark, loopback only, bounded in time. One private Redis, one Pointe instance (events consumer on):
#   1. redis-benchmark XADD of the entry Pointe stores per event (one field holding the event's JSON, the same
#      bytes), pipelined 100 deep: what Redis alone takes, in events/s
#   2. POST /v1/events with batches of 100 (wrk -t1, 16 connections, unique event ids): validated, idempotent,
#      stored by one script per batch; events/s = requests/s x 100
#   3. the recommendation endpoint (GET complete-the-look, cold path, wrk -t1, 64 connections) with event
#      collection off (no events, consumer idle) and on (a steady 2,000 events/s posted and counted meanwhile),
#      ROUNDS interleaved rounds; medians and ratios.
#   bench/events-benchmark.sh          ROUNDS=3 DURATION=10 WARMUP=30 by default; JAVA_OPTS for the JVM
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-30}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
OUT=bench/out/events; rm -rf "$OUT"; mkdir -p "$OUT"
for tool in wrk redis-server redis-benchmark python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install -y wrk redis-server python3"; exit 1; }
done
[ -f recommender-service/target/pointe-service.jar ] && [ -f model-training/target/pointe-training-cli.jar ] \
  || ./mvnw -B -q -DskipTests package
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
RPORT=$(free_port)
redis-server --port "$RPORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --logfile "$PWD/$OUT/redis.log"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do kill "$p" 2>/dev/null || true; done; redis-cli -p "$RPORT" shutdown nosave >/dev/null 2>&1 || true; }
trap cleanup EXIT
for _ in $(seq 50); do redis-cli -p "$RPORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
java -jar model-training/target/pointe-training-cli.jar train --no-evaluate --no-progress --out "$OUT/model" \
  --publish --redis "redis://127.0.0.1:$RPORT" > "$OUT/train.log"
VERSION=$(redis-cli -p "$RPORT" get 'pointe:{ctl}:active')
REC="r1.$VERSION.none.0123abcd"
PORT=$(free_port); MGMT=$(free_port)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar recommender-service/target/pointe-service.jar --server.port="$PORT" --management.server.port="$MGMT" \
  --pointe.redis.uri="redis://127.0.0.1:$RPORT" --pointe.near-cache.enabled=false --logging.level.root=WARN > "$OUT/pointe.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 150); do curl -sf -o /dev/null "http://127.0.0.1:$MGMT/actuator/health/readiness" && break; sleep 0.2; done

NOW=$(date -u +%FT%TZ)
# what Pointe stores per event: one stream field holding the event's JSON (see ShopperEventRecord.payload)
PAYLOAD="{\"eventId\":\"b1764670000123456-1-1\",\"type\":\"click\",\"session\":\"shopper-1\",\"sku\":\"PT-HOS-0010\",\"time\":1764670000000,\"price\":12.95,\"recommendationId\":\"$REC\"}"
cat > "$OUT/events.lua" <<LUA
local n = 0
local run = tostring(os.time()) .. tostring(math.random(1, 1000000))
request = function()
  n = n + 1
  local parts = {}
  for i = 1, 100 do
    parts[i] = string.format('{"eventId":"b%s-%d-%d","type":"click","sessionId":"shopper-%d","sku":"PT-HOS-0010","time":"$NOW","price":12.95,"recommendationId":"$REC"}', run, n, i, i)
  end
  return wrk.format("POST", "/v1/events", {["Content-Type"] = "application/json"}, '{"events":[' .. table.concat(parts, ",") .. ']}')
end
LUA
mapfile -t SKUS < <(redis-cli -p "$RPORT" --scan --pattern "pointe:m:$VERSION:ctl:*" | sed 's/.*:ctl://' | sort)
{ echo 'local paths = {'; for s in "${SKUS[@]}"; do printf '"/v1/items/%s/complete-the-look",\n' "$s"; done; echo '}'
  echo 'local i = 0'; echo 'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'; } > "$OUT/look.lua"

# a steady stream of events meanwhile: 20 batches of 100 a second, from another process
steady() {
  python3 - "$PORT" "$REC" <<'PY' &
import json, sys, time, urllib.request, datetime, random
port, rec = sys.argv[1], sys.argv[2]
run = random.randrange(10**9)
n = 0
while True:
    start = time.time()
    for _ in range(20):
        n += 1
        now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        body = json.dumps({"events": [{"eventId": f"s{run}-{n}-{i}", "type": "impression", "sessionId": f"shopper-{i}",
                                        "sku": "PT-HOS-0010", "time": now, "recommendationId": rec} for i in range(100)]}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/events", body, {"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=5).read()
        except Exception:
            pass
    time.sleep(max(0.0, 1.0 - (time.time() - start)))
PY
  STEADY=$!
}
rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }

echo "warming up (JIT), ${WARMUP}s per case ..."
wrk -t1 -c16 -d"${WARMUP}s" -s "$OUT/events.lua" "http://127.0.0.1:$PORT" > /dev/null
wrk -t1 -c64 -d"${WARMUP}s" -s "$OUT/look.lua" "http://127.0.0.1:$PORT" > /dev/null

echo "Pointe events benchmark, $(date -u +%FT%TZ), $(nproc) cores, $ROUNDS rounds x ${DURATION}s, JVM flags: $JAVA_OPTS"
for round in $(seq "$ROUNDS"); do
  redis-benchmark -p "$RPORT" -n 300000 -c 8 -P 100 -q XADD bench:events MAXLEN '~' 1000000 '*' e "$PAYLOAD" \
    | tr '\r' '\n' | grep -oE '[0-9.]+ requests per second' | awk '{print $1}' | tail -1 >> "$OUT/xadd"
  wrk -t1 -c16 -d"${DURATION}s" -s "$OUT/events.lua" "http://127.0.0.1:$PORT" > "$OUT/post-$round.wrk"
  rps "$OUT/post-$round.wrk" | awk '{print $1 * 100}' >> "$OUT/post"
  wrk -t1 -c64 -d"${DURATION}s" -s "$OUT/look.lua" "http://127.0.0.1:$PORT" > "$OUT/off-$round.wrk"
  rps "$OUT/off-$round.wrk" >> "$OUT/off"
  steady; sleep 2
  wrk -t1 -c64 -d"${DURATION}s" -s "$OUT/look.lua" "http://127.0.0.1:$PORT" > "$OUT/on-$round.wrk"
  kill "$STEADY"; wait "$STEADY" 2>/dev/null || true
  rps "$OUT/on-$round.wrk" >> "$OUT/on"
  echo "round $round done"
done
median() { sort -g "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
X=$(median "$OUT/xadd"); P=$(median "$OUT/post"); OFF=$(median "$OUT/off"); ON=$(median "$OUT/on")
COUNTED=$(redis-cli -p "$RPORT" hget "pointe:{ev}:metrics:$VERSION:none" clicks)
echo
echo "| case | events/s or requests/s |"
echo "|---|---:|"
echo "| redis-benchmark XADD (the same entry Pointe stores, pipeline 100) | $X events/s |"
echo "| POST /v1/events, batches of 100, 16 connections | $P events/s |"
echo "| GET complete-the-look, 64 connections, event collection off | $OFF req/s |"
echo "| GET complete-the-look, 64 connections, 2,000 events/s posted and counted meanwhile | $ON req/s |"
echo
awk -v p="$P" -v x="$X" 'BEGIN {printf "POST /v1/events vs redis-benchmark XADD: %.2fx   (target >= 0.3)\n", p / x}'
awk -v on="$ON" -v off="$OFF" 'BEGIN {printf "recommendations with event collection on vs off: %.2fx   (target >= 0.90)\n", on / off}'
echo "clicks counted by the consumer group so far: $COUNTED"
