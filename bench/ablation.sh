#!/usr/bin/env bash
# What each part of the list estimate does to the published lists' HR@10 / NDCG@10 on the primary
# single-target protocols: every variant is the defaults with one setting changed, all on the same split.
#
#   bench/ablation.sh
#
# Environment:
#   POINTE_DATASETS     datasets folder (default: ../shared/datasets from the repository root)
#   POINTE_SKIP_BUILD=1 use the trainer jar already built
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATASETS="${POINTE_DATASETS:-../shared/datasets}"
JAR=model-training/target/pointe-training-cli.jar
if [ ! -d "$DATASETS" ]; then
  echo "ablation: skipped, no datasets folder at '$DATASETS' (set POINTE_DATASETS)"
  exit 0
fi
if [ "${POINTE_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -DskipTests package -pl model-training -am
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

variants=(
  "defaults|"
  "no back-off (item smoothing 0)|--item-smoothing 0"
  "no family evidence|--family-smoothing 1000000000"
  "no two-step estimate|--two-hop-weight 0"
  "no attribute affinity|--style-weight 0"
  "no soft cap (diversity 1)|--diversity 1"
  "old hard cap (3 per category)|--diversity 1 --max-per-category 3"
  "pairs seen twice only (min support 2)|--min-support 2"
  "neighbours chosen by LLR|--measure llr"
)
runs=(
  "hm-fashion|cross-category"
  "hm-fashion|next-item"
  "brijs-retail|next-item"
  "groceries|cross-category"
  "groceries|next-item"
)

printf '| variant |'
for r in "${runs[@]}"; do printf ' %s (%s) |' "${r%%|*}" "${r##*|}"; done
printf '\n|---|'
for r in "${runs[@]}"; do printf -- '---:|'; done
printf '\n'
for v in "${variants[@]}"; do
  name="${v%%|*}"; args="${v#*|}"
  printf '| %s |' "$name"
  for r in "${runs[@]}"; do
    preset="${r%%|*}"; protocol="${r##*|}"
    # shellcheck disable=SC2086
    line=$(java -jar "$JAR" evaluate --preset "$preset" --data "$DATASETS/$preset" --protocol "$protocol" --no-progress \
      --report-dir "$OUT" $args 2>&1 | grep '^| pointe |' || true)
    hr=$(echo "$line" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
    ndcg=$(echo "$line" | awk -F'|' '{gsub(/ /,"",$5); print $5}')
    printf ' %s / %s |' "${hr:-?}" "${ndcg:-?}"
  done
  printf '\n'
done
