#!/usr/bin/env bash
# Report writing at scale (docs/performance.md, "Reports"). Not a test.
# Usage: bench/reports.sh [FACTS, default 200000]   (build the jar first: ./mvnw -q -DskipTests package)
# 1. ReportBenchmark: judges a synthetic estate of FACTS facts and writes every format under -Xmx512m,
#    printing time, size and peak heap per file (progress on stderr).
# 2. The same estate as a snapshot through `cloudscan evaluate --format` every format, under -Xmx512m.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f cli/target/cloudscan.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
facts=${1:-200000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
heap=-Xmx512m

echo "== ReportBenchmark, $facts facts, $heap"
/usr/bin/time -f "process: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  java "$heap" -cp cli/target/cloudscan.jar cloudscan.cli.bench.ReportBenchmark "$facts" "$out/direct" "$out/snapshot.json"

echo "== cloudscan evaluate on the same estate, $heap"
ls -l "$out/snapshot.json" | awk '{printf "snapshot: %.1f MB\n", $5 / 1e6}'
set +e
CLOUDSCAN_JAVA_OPTS="$heap" /usr/bin/time -f "process: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  ./cloudscan evaluate --snapshot "$out/snapshot.json" --now 2026-11-26T00:00:00Z \
  --format json,html,csv,sarif,junit,markdown --out "$out/cli" > "$out/summary.txt" 2> "$out/stderr.txt"
code=$?
set -e
grep -v '^  ' "$out/stderr.txt" | tail -20
echo "exit code $code (1 = requirements not met, as expected for this estate)"
ls -l "$out/cli" | awk 'NR > 1 {printf "  %-20s %8.2f MB\n", $9, $5 / 1e6}'
