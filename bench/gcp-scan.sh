#!/usr/bin/env bash
# GCP scan benchmark against a local fake (WireMock on loopback) with injected latency
# (docs/performance-gcp.md). Not a test.
# Usage: bench/gcp-scan.sh [projects=50] [resources-per-project=200] [latency-ms=50] [concurrency=16]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
./mvnw -q -B -ntp -pl scanner-gcp -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test >/dev/null
# the last module built (scanner-gcp) wrote the class path; the reactor's classes come first
cp="scanner-gcp/target/test-classes:scanner-gcp/target/classes:scanner-core/target/classes:$(cat "$out/cp.txt")"
/usr/bin/time -f "benchmark JVM: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  java -Xmx1g -Dcloudscan.gcp.backoffMillis=50 -Dgcpfake.threads=32 -cp "$cp" cloudscan.gcp.bench.GcpScanBenchmark "$@"
rm -rf "$out"
