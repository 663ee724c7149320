#!/bin/sh
# Azure collection benchmark (not a test): every collector over a synthetic estate on the local HTTPS
# fake with injected latency. Prints wall time and API calls per operation.
# Usage: bench/azure-scan.sh [subscriptions=20] [resources=500] [latencyMs=30] [concurrency=16]
set -e
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -q -B -ntp test-compile dependency:build-classpath -pl scanner-core,scanner-azure \
  -Dmdep.outputFile="$PWD/target/azure-bench.cp" -Dmdep.includeScope=test
CP="scanner-azure/target/test-classes:scanner-azure/target/classes:scanner-core/target/classes:$(cat target/azure-bench.cp)"
# the fake's self-signed certificate, trusted the standard JVM way
KS=scanner-azure/src/test/resources/tls/localhost.p12
exec java -Xmx1g -Djavax.net.ssl.trustStore="$KS" -Djavax.net.ssl.trustStorePassword=changeit \
  -Djavax.net.ssl.trustStoreType=PKCS12 -cp "$CP" cloudscan.azure.bench.AzureScanBenchmark "$@"
