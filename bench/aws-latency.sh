#!/usr/bin/env bash
# AWS scan benchmark behind a latency proxy (docs/performance-aws.md). Not a test.
# The same seeded moto is scanned directly and behind a proxy that adds LATENCY_MS to every call;
# prints wall times, API calls, and the bounds the scan is compared with.
# Usage: [CONCURRENCY=8,32] bench/aws-latency.sh [LATENCY_MS=40] [seed options, e.g. --sgs 200]
#        (build first: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
latency=${1:-40}; shift || true
[ -f cli/target/cloudscan.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
command -v moto_server >/dev/null || { echo "pip install 'moto[server]>=5.2,<5.3'" >&2; exit 2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
moto_port=$(free_port); proxy_port=$(free_port); out=$(mktemp -d)
MOTO_EC2_LOAD_DEFAULT_AMIS=false moto_server -H 127.0.0.1 -p "$moto_port" >"$out/moto.log" 2>&1 &
moto=$!
python3 bench/aws_latency_proxy.py "$proxy_port" "http://127.0.0.1:$moto_port" "$latency" &
proxy=$!
trap 'kill $moto $proxy 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$moto_port/moto-api/" >/dev/null 2>&1 && break; sleep 0.2; done
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=ap-northeast-1
echo "seeding moto on port $moto_port ..."
python3 bench/seed_moto.py "http://127.0.0.1:$moto_port" --sgs 200 --keys 60 --log-groups 100 --buckets 40 --users 40 "$@"
scan() { # endpoint name concurrency
  local start end
  start=$(date +%s.%N)
  ./cloudscan scan --provider aws --endpoint-url "$1" --option region=ap-northeast-1 --concurrency "$3" \
    --allow-incomplete --format json --out "$out/$2" > /dev/null 2> "$out/$2.err" || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
IFS=, read -ra levels <<< "${CONCURRENCY:-8,32}"
for c in "${levels[@]}"; do
  direct=$(scan "http://127.0.0.1:$moto_port" "direct-$c" "$c")
  delayed=$(scan "http://127.0.0.1:$proxy_port" "delayed-$c" "$c")
  echo "== --concurrency $c"
  python3 - "$out/delayed-$c/report.json" "$direct" "$delayed" "$latency" "$c" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); direct, delayed, lat, conc = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]) / 1000, int(sys.argv[5])
calls = sum(sum(run["apiCalls"].values()) for run in r["snapshot"]["runs"])
print(f"API calls: {calls}")
print(f"wall, direct:                  {direct:6.1f} s")
print(f"wall, +{lat*1000:.0f} ms per call:        {delayed:6.1f} s   (latency cost {delayed - direct:.1f} s)")
print(f"sum of the latencies (serial): {calls * lat:6.1f} s   = what a scan calling one at a time pays")
print(f"bound with {conc} tasks at once: {calls * lat / conc:6.1f} s   = calls x latency / concurrency")
print(f"latency cost / per-call latency = {(delayed - direct) / lat:.0f} round trips on the scan's critical path")
PY
done
