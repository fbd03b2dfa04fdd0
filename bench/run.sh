#!/usr/bin/env bash
# The SPEC section 6 benchmark: bash bench/run.sh [RUNS_SMALL RUNS_LARGE BASELINE_TIMEOUT_S]
# Builds the jar, writes the workloads synthetically into a temporary folder, runs each as a user
# would, checks every output, and prints the tables (also into target/bench-report.md).
#   FUNNELPLAN_CMD='java -Xmx512m -jar target/funnelplan.jar'   the command under test (default: env JAVA_OPTS=-Xmx512m bin/funnelplan)
#   BENCH_ONLY=small,large,per-rep,variance,crm,floor   run only these parts (a quick look, not a result)
#   SKIP_BUILD=1                      use the jar as it is
# Needs /usr/bin/time (Debian: apt-get install time) and Debian's python3-xlsxwriter for /usr/bin/python3.
# Takes about 15 minutes on 2 cores with the defaults (5 3 180).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (Debian/Ubuntu: sudo apt-get install time)" >&2
  exit 2
fi
if ! /usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null; then
  echo "bench: /usr/bin/python3 has no xlsxwriter (Debian/Ubuntu: sudo apt-get install python3-xlsxwriter)" >&2
  exit 2
fi
[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -Xlint:all -Werror -cp target/funnelplan.jar -d target/bench-classes bench/src/bench/*.java
work="$(mktemp -d "${TMPDIR:-/tmp}/funnelplan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
status=0
java -cp target/bench-classes:target/funnelplan.jar bench.Bench target/funnelplan.jar "$work" "$@" || status=$?
if [ -f "$work/report.md" ]; then
  cp "$work/report.md" target/bench-report.md
  echo "table also in target/bench-report.md"
fi
exit "$status"
