#!/usr/bin/env bash
# Writes every kind of output the bundled samples give into DIR, each .xlsx unzipped into its parts,
# with only what changes per run masked: the plan id (a random UUID) and docProps/core.xml's
# created/modified timestamps. Two runs of one build give identical folders, so
#   bash bench/parts-snapshot.sh /tmp/before; (change the code); bash bench/parts-snapshot.sh /tmp/after; diff -r /tmp/before /tmp/after
# shows any change of behaviour a refactoring makes. SKIP_BUILD=1 uses the jar as it is.
# FILLED=FILE.xlsx: a filled plan to read back as well (one run's filled.xlsx, kept so both runs read the same file).
set -euo pipefail
out="${1:?usage: bench/parts-snapshot.sh DIR}"
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-}" = 1 ] || mvn -o -q -B package -DskipTests
rm -rf "$out" && mkdir -p "$out/raw"
raw="$(cd "$out/raw" && pwd)"
# Each run's console output and exit code are kept too; a failing run is part of the snapshot.
fp() {
  n=$((n + 1))
  local rc=0
  java -jar target/funnelplan.jar "$@" > "$raw/console-$(printf %02d "$n")-$1.txt" 2>&1 || rc=$?
  echo "exit $rc" >> "$raw/console-$(printf %02d "$n")-$1.txt"
}
n=0
t=samples/team
fp generate --year 2027 --targets samples/seed/targets.csv --history samples/seed/history.csv --out "$raw/seed.xlsx"
fp generate --year 2027 --targets $t/targets.csv --history $t/history.csv --seasonality $t/seasonality.csv \
   --leads $t/leads.csv --campaigns $t/campaigns.csv --company "Acme" --out "$raw/team.xlsx" --per-rep "$raw/team-reps"
fp generate --year 2027 --lang nl --targets $t/targets.csv --history $t/history.csv --leads $t/leads.csv \
   --out "$raw/team-nl.xlsx"
fp generate --year 2027 --lang nl --targets samples/nl/targets.csv --history samples/nl/history.csv \
   --seasonality samples/nl/seasonality.csv --leads samples/nl/leads.csv --campaigns samples/nl/campaigns.csv \
   --company "Mijn Bedrijf B.V." --password geheim --out "$raw/nl.xlsx" --per-rep "$raw/nl-reps"
fp demo --out "$raw/demo.xlsx"
fp demo --lang nl --out "$raw/demo-nl.xlsx"
fp variance "$raw/team.xlsx" --month 6 --out "$raw/variance-empty.xlsx" --csv "$raw/variance-empty.csv"
fp variance "$raw"/nl-reps/*.xlsx --out "$raw/variance-nl-reps.xlsx" --csv "$raw/variance-nl-reps.csv"
fp history "$raw/team.xlsx" --out "$raw/history-empty.csv"
if [ -n "${FILLED:-}" ]; then
  fp variance "$FILLED" --out "$raw/variance-filled.xlsx" --csv "$raw/variance-filled.csv" --csv-format semicolon
  fp history "$FILLED" --out "$raw/history-filled.csv"
fi
fp templates "$raw/templates"
fp templates "$raw/templates-nl" --lang nl
# A bad file: the one error line must not change either.
printf 'not a zip' > "$raw/broken.xlsx"
fp variance "$raw/broken.xlsx" --csv "$raw/never.csv"
uuid='[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}'
cd "$raw"
find . -name '*.xlsx' ! -name broken.xlsx | sort | while read -r f; do
  parts="../parts/${f#./}"
  mkdir -p "$parts"
  unzip -q -o "$f" -d "$parts"
  # the order and names of the zip entries are part of the file, too
  unzip -Z1 "$f" > "$parts.entries"
  rm "$f"
done
cd ..
find raw parts -type f \( -name '*.xml' -o -name '*.csv' -o -name '*.txt' -o -name '*.rels' -o -name '*.md' \) -print0 |
  xargs -0 sed -i -e "s/$uuid/PLAN-ID/g"
# the console names the output folder and demo's temporary copy of the samples
sed -i -E -e "s#$raw#OUT#g" -e 's#funnelplan-samples-(team|nl)[0-9]+#funnelplan-samples-\1TMP#g' raw/console-*.txt
find parts -path '*docProps/core.xml' -print0 |
  xargs -0 sed -i -E 's#(<dcterms:(created|modified)[^>]*>)[^<]*#\1TIMESTAMP#g'
echo "snapshot in $out: $(find "$out" -type f | wc -l) files"
