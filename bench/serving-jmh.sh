#!/usr/bin/env bash
# JMH micro-benchmarks of the service's per-request work (decode the stored list, filter, encode the answer),
# streaming code vs the data binding it replaced, side by side in one run. About 2 minutes.
#
#   bench/serving-jmh.sh            extra JMH options may follow, e.g. -f 2
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl model-format,model-training -am
./mvnw -B -q test-compile dependency:build-classpath -pl recommender-service -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
cd recommender-service
java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main ServingPathBenchmark "$@"
