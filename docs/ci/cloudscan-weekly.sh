#!/bin/sh
# cloudscan-weekly.sh: one read-only scan into a dated directory, for a vendor's Linux host.
# Run by cloudscan.service (systemd timer) or by the crontab line in cloudscan.cron; both load
# the settings and credentials from /etc/cloudscan/cloudscan.env (see cloudscan.env.example).
# Install as /opt/cloudscan/cloudscan-weekly.sh (mode 0755), next to /opt/cloudscan/cloudscan.jar.
#
# Reports go to $CLOUDSCAN_REPORTS/YYYY-MM-DD/ (report.json, .html, .csv, .md, .sarif,
# .junit.xml, snapshot.json); "latest" points at the newest. Directories older than
# $CLOUDSCAN_KEEP_DAYS days are deleted.
# The script exits with cloudscan's exit code: 0 met, 1 not met, 2 bad input or no credentials,
# 3 incomplete, 4 only an attestation/waiver expired, 5 internal error.
set -u

CLOUDSCAN_JAR=${CLOUDSCAN_JAR:-/opt/cloudscan/cloudscan.jar}
CLOUDSCAN_REPORTS=${CLOUDSCAN_REPORTS:-/var/lib/cloudscan/reports}
CLOUDSCAN_REGIONS=${CLOUDSCAN_REGIONS:-}   # empty: every enabled region (see cloudscan.env.example)
CLOUDSCAN_KEEP_DAYS=${CLOUDSCAN_KEEP_DAYS:-400}
WAIVERS=${CLOUDSCAN_WAIVERS:-/etc/cloudscan/waivers.yaml}
ATTESTATIONS=${CLOUDSCAN_ATTESTATIONS:-/etc/cloudscan/attestations.yaml}
[ -f "$WAIVERS" ] || WAIVERS=
[ -f "$ATTESTATIONS" ] || ATTESTATIONS=

out="$CLOUDSCAN_REPORTS/$(date +%Y-%m-%d)"
mkdir -p "$CLOUDSCAN_REPORTS"

# shellcheck disable=SC2086 # CLOUDSCAN_JAVA_OPTS holds several options
java ${CLOUDSCAN_JAVA_OPTS:-} -jar "$CLOUDSCAN_JAR" scan --provider aws \
  ${CLOUDSCAN_REGIONS:+--regions "$CLOUDSCAN_REGIONS"} \
  --format json,html,csv,sarif,junit,markdown --out "$out" \
  ${CLOUDSCAN_ROLE_ARN:+--role-arn "$CLOUDSCAN_ROLE_ARN"} \
  ${CLOUDSCAN_EXTERNAL_ID:+--external-id "$CLOUDSCAN_EXTERNAL_ID"} \
  ${WAIVERS:+--waivers "$WAIVERS"} \
  ${ATTESTATIONS:+--attestations "$ATTESTATIONS"}
code=$?

if [ -d "$out" ]; then
  ln -sfn "$out" "$CLOUDSCAN_REPORTS/latest"
fi
find "$CLOUDSCAN_REPORTS" -mindepth 1 -maxdepth 1 -type d -name '20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]' \
  -mtime +"$CLOUDSCAN_KEEP_DAYS" -exec rm -rf {} +

echo "cloudscan exited $code; reports in $out"
exit "$code"
