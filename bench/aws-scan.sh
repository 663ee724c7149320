#!/usr/bin/env bash
# AWS scan benchmark against moto_server on loopback (docs/performance-aws.md). Not a test.
# Usage: bench/aws-scan.sh [seed options, e.g. --sgs 1000]   (build the jar first: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f cli/target/cloudscan.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
command -v moto_server >/dev/null || { echo "pip install 'moto[server]>=5.2,<5.3'" >&2; exit 2; }
regions=ap-northeast-1,ap-northeast-3,us-east-1   # scan what seed_moto.py seeded (its --regions)
prev=
for arg in "$@"; do
  case "$prev" in --regions) regions=$arg ;; esac
  case "$arg" in --regions=*) regions=${arg#--regions=} ;; esac
  prev=$arg
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
out=$(mktemp -d)
MOTO_EC2_LOAD_DEFAULT_AMIS=false moto_server -H 127.0.0.1 -p "$port" >"$out/moto.log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/moto-api/" >/dev/null 2>&1 && break; sleep 0.2; done
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=ap-northeast-1
echo "seeding moto on port $port ..."
python3 bench/seed_moto.py "http://127.0.0.1:$port" "$@"
moto_before=$(awk '{print $14+$15}' /proc/$moto/stat)
start=$(date +%s.%N)
CLOUDSCAN_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "scanner: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  ./cloudscan scan --provider aws --endpoint-url "http://127.0.0.1:$port" \
  --regions "$regions" --allow-incomplete --format json --out "$out/report" \
  > "$out/summary.txt" 2> "$out/stderr.txt" || true
end=$(date +%s.%N)
moto_after=$(awk '{print $14+$15}' /proc/$moto/stat)
tail -3 "$out/stderr.txt"
python3 - "$out/report/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for run in r["snapshot"]["runs"]:
    calls = run["apiCalls"]
    print(f"API calls: {sum(calls.values())} in {len(calls)} operations")
    for op, n in sorted(calls.items(), key=lambda kv: -kv[1]):
        print(f"  {op:55s} {n:6d}")
PY
echo "emulator CPU during the scan: $(( (moto_after - moto_before) / $(getconf CLK_TCK) )) s"
echo "scan wall time: $(echo "$end - $start" | bc) s; reports in $out/report"
