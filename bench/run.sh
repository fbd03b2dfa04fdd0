#!/usr/bin/env bash
# The SPEC section 6 benchmark: bash bench/run.sh [RUNS_SMALL RUNS_LARGE BASELINE_TIMEOUT_S]
# Builds the jar, writes the workloads synthetically into a temporary folder and prints the table.
# Needs /usr/bin/time (Debian: apt-get install time). Takes about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (Debian/Ubuntu: sudo apt-get install time)" >&2
  exit 2
fi
[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B package -DskipTests
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -Xlint:all -Werror -cp target/funnelplan.jar -d target/bench-classes bench/src/bench/*.java
work="$(mktemp -d "${TMPDIR:-/tmp}/funnelplan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
java -cp target/bench-classes:target/funnelplan.jar bench.Bench target/funnelplan.jar "$work" "$@"
cp "$work/report.md" target/bench-report.md
echo "table also in target/bench-report.md"
