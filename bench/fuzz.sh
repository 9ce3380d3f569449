#!/usr/bin/env bash
# The hostile-request fuzz test with more requests than the build sends (default 10,000; REQUESTS=n):
# prints the status counts and the heap before/after, and fails on any 5xx or leaked internal name.
#
#   bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-10000}
./mvnw -B -q install -DskipTests -pl model-format,model-training -am
./mvnw -B -q verify -pl recommender-service -Dtest=skip -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=HostileRequestsIntegrationTest -Dpointe.fuzz.requests="$REQUESTS" \
  || { cat recommender-service/target/failsafe-reports/*HostileRequests*-output.txt | grep -E '^(fuzz|40,000)' ; exit 1; }
grep -hE '^(fuzz|40,000)' recommender-service/target/failsafe-reports/*HostileRequests*-output.txt
