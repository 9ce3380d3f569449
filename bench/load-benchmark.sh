#!/usr/bin/env bash
# Serving benchmark, side by side with ../shared/baseline-service (a bare Spring Boot WebFlux app doing one
# Redis GET per request through Spring Data), loopback only, bounded in time. Both services run with the same
# JVM flags against one private Redis; Pointe's real complete-the-look values are copied to the baseline's
# rec:0..N-1 keys, so both read the same bytes. ROUNDS interleaved rounds of every case, wrk -t1:
#   cold path   Pointe, near-cache off (every request: Redis GET, decode, filter, encode) vs baseline /redis/{i}
#   cache hit   Pointe, near-cache on (answers from memory)                              vs baseline /static
# at 64 connections, and the cold path again at 8. Per case: req/s, p50, p99, non-2xx answers, CPU µs and KB
# allocated per request (process CPU time and the JVM's allocation counter, read by bench/load/JvmProbe.java);
# medians over rounds and the ratios Pointe/baseline.
#
#   bench/load-benchmark.sh            ROUNDS=5 DURATION=10 by default; JAVA_OPTS for both JVMs
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
OUT=bench/out/load; rm -rf "$OUT"; mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
command -v redis-server >/dev/null || { echo "redis-server is needed: apt-get install -y redis-server"; exit 1; }
[ -f recommender-service/target/pointe-service.jar ] && [ -f model-training/target/pointe-training-cli.jar ] \
  || ./mvnw -B -q -DskipTests package
BASE=bench/out/baseline-service
if [ ! -f "$BASE/target/baseline-service-0.0.1.jar" ]; then
  rm -rf "$BASE"; cp -r ../shared/baseline-service "$BASE"; chmod -R u+w "$BASE"
  (cd "$BASE" && ../../../mvnw -q -B -DskipTests package)
fi
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
mapfile -t KEYS < <(redis-cli -p "$RPORT" --scan --pattern "pointe:m:$VERSION:ctl:*" | sort)
N=${#KEYS[@]}
# the same values under the baseline's keys; the paths both services are asked, one per sku
{ echo 'local paths = {'
  for i in "${!KEYS[@]}"; do
    redis-cli -p "$RPORT" copy "${KEYS[$i]}" "rec:$i" > /dev/null
    printf '"/v1/items/%s/complete-the-look",\n' "${KEYS[$i]##*:ctl:}"
  done
  echo '}'; echo 'local i = 0'
  echo 'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'; } > "$OUT/pointe.lua"
cat > "$OUT/baseline.lua" <<LUA
local i = 0
request = function() i = i + 1; return wrk.format("GET", "/redis/" .. (i % $N)) end
LUA
VALUE_BYTES=$(redis-cli -p "$RPORT" strlen "${KEYS[0]}")

wait_up() { # port, path
  for _ in $(seq 150); do curl -sf -o /dev/null "http://127.0.0.1:$1$2" && return; sleep 0.2; done
  echo "service on $1 did not start"; exit 1
}
# shellcheck disable=SC2086
start_pointe() { # port, management port, near-cache on/off
  java $JAVA_OPTS -jar recommender-service/target/pointe-service.jar --server.port="$1" --management.server.port="$2" \
    --pointe.redis.uri="redis://127.0.0.1:$RPORT" --pointe.near-cache.enabled="$3" --logging.level.root=WARN \
    > "$OUT/pointe-$1.log" 2>&1 &
  LAST_PID=$!; PIDS+=("$LAST_PID")
}
# (not in a command substitution: that would start the JVM in a subshell, out of reach of the cleanup)
P_COLD_PORT=$(free_port); P_COLD_MGMT=$(free_port); start_pointe "$P_COLD_PORT" "$P_COLD_MGMT" false; P_COLD=$LAST_PID
P_HIT_PORT=$(free_port); P_HIT_MGMT=$(free_port); start_pointe "$P_HIT_PORT" "$P_HIT_MGMT" true; P_HIT=$LAST_PID
B_PORT=$(free_port)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$BASE/target/baseline-service-0.0.1.jar" --server.port="$B_PORT" --spring.data.redis.port="$RPORT" \
  > "$OUT/baseline.log" 2>&1 &
B=$!; PIDS+=($B)
wait_up "$P_COLD_MGMT" /actuator/health/readiness; wait_up "$P_HIT_MGMT" /actuator/health/readiness; wait_up "$B_PORT" /static
SAMPLE=$(curl -s "http://127.0.0.1:$P_HIT_PORT/v1/items/${KEYS[0]##*:ctl:}/complete-the-look" | wc -c)

# name|pid|port|connections|script-or-path
CASES=(
  "pointe cold path, 64 conns|$P_COLD|$P_COLD_PORT|64|pointe.lua"
  "baseline /redis, 64 conns|$B|$B_PORT|64|baseline.lua"
  "pointe cache hit, 64 conns|$P_HIT|$P_HIT_PORT|64|pointe.lua"
  "baseline /static, 64 conns|$B|$B_PORT|64|/static"
  "pointe cold path, 8 conns|$P_COLD|$P_COLD_PORT|8|pointe.lua"
  "baseline /redis, 8 conns|$B|$B_PORT|8|baseline.lua"
)
wrk_case() { # port, connections, script-or-path, seconds, output file
  if [[ $3 == /* ]]; then wrk -t1 -c"$2" -d"$4s" --latency "http://127.0.0.1:$1$3" > "$5"
  else wrk -t1 -c"$2" -d"$4s" --latency -s "$OUT/$3" "http://127.0.0.1:$1" > "$5"; fi
}
probe() { java bench/load/JvmProbe.java "$1" | awk '{print $2, $3}'; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.2f", v}'; }

# the JIT needs tens of seconds per JVM under load before figures settle (three JVMs share the cores)
echo "warming up (JIT), ${WARMUP:-30}s per case ..."
for c in "${CASES[@]}"; do IFS='|' read -r name pid port conns target <<< "$c"; wrk_case "$port" "$conns" "$target" "${WARMUP:-30}" /dev/null; done

echo "Pointe serving benchmark, $(date -u +%FT%TZ), $(nproc) cores, $N skus, Redis value ~$VALUE_BYTES B, answer ~$SAMPLE B,"
echo "$ROUNDS interleaved rounds x ${DURATION}s per case, wrk -t1, JVM flags: $JAVA_OPTS"
for round in $(seq "$ROUNDS"); do
  for idx in "${!CASES[@]}"; do
    IFS='|' read -r name pid port conns target <<< "${CASES[$idx]}"
    read -r cpu0 alloc0 <<< "$(probe "$pid")"
    wrk_case "$port" "$conns" "$target" "$DURATION" "$OUT/$idx-$round.wrk"
    read -r cpu1 alloc1 <<< "$(probe "$pid")"
    f="$OUT/$idx-$round.wrk"
    requests=$(awk '/requests in/ {print $1}' "$f")
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$f")
    p50=$(awk '$1 == "50%" {print $2}' "$f" | to_ms); p99=$(awk '$1 == "99%" {print $2}' "$f" | to_ms)
    bad=$(awk '/Non-2xx/ {print $NF}' "$f"); bad=${bad:-0}
    errors=$(awk '/Socket errors/ {print $0}' "$f" | grep -oE 'timeout [0-9]+' | awk '{print $2}' || true); errors=${errors:-0}
    cpu_us=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {printf "%.1f", (b - a) / n / 1000}')
    kb=$(awk -v a="$alloc0" -v b="$alloc1" -v n="$requests" 'BEGIN {printf "%.1f", (b - a) / n / 1024}')
    echo "$idx|$rps|$p50|$p99|$cpu_us|$kb|$bad|$errors" >> "$OUT/results"
  done
  echo "round $round done"
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
col() { awk -F'|' -v i="$1" -v c="$2" '$1 == i {print $c}' "$OUT/results" | median; }
sum() { awk -F'|' -v i="$1" -v c="$2" '$1 == i {s += $c} END {print s + 0}' "$OUT/results"; }
echo
printf '| case | req/s | p50 ms | p99 ms | CPU µs/request | KB allocated/request | non-2xx | timeouts |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
for idx in "${!CASES[@]}"; do
  IFS='|' read -r name _ <<< "${CASES[$idx]}"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(col "$idx" 2)" "$(col "$idx" 3)" "$(col "$idx" 4)" \
    "$(col "$idx" 5)" "$(col "$idx" 6)" "$(sum "$idx" 7)" "$(sum "$idx" 8)"
done
ratio() { # per round ratio of column c, case a over case b, then the median and the range
  for round in $(seq "$ROUNDS"); do
    awk -F'|' -v a="$1" -v b="$2" -v c="$3" -v r="$round" '$1 == a {x[++na] = $c} $1 == b {y[++nb] = $c}
      END {printf "%.3f\n", x[r] / y[r]}' "$OUT/results"
  done | sort -g | awk '{a[NR]=$1} END {printf "%.2f (rounds %.2f-%.2f)", a[int((NR+1)/2)], a[1], a[NR]}'
}
echo
echo "cold path req/s vs baseline /redis, 64 conns: $(ratio 0 1 2)   (target >= 1.3)"
echo "cache hit req/s vs baseline /static, 64 conns: $(ratio 2 3 2)   (target >= 1.0)"
echo "cold path req/s vs baseline /redis, 8 conns:  $(ratio 4 5 2)"
echo "cold path p99 vs baseline /redis, 8 conns:    $(ratio 4 5 4)   (target <= 1.0)"
echo "cold path KB/request: $(col 0 6)   (target <= 24);   503s at 64 conns: $(sum 0 7) cold, $(sum 2 7) cache hit (target 0)"
