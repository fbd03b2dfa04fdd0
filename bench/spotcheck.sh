#!/usr/bin/env bash
# Spot-checks a (large) generated plan in LibreOffice: recalculates every formula on load, saves,
# and compares the recalculated numbers of the given sheets (name:last-row) with the cached values
# funnelplan wrote, which are the Java model's numbers.
#   bash bench/spotcheck.sh PLAN.xlsx "Rep 0001:200" "Overview:1100" "Leads:1100"
# Needs soffice and python3. LibreOffice recalculates a copy without print titles
# (bench/without_print_titles.py says why); a 1,000-rep, 250,000-lead plan then takes it minutes.
set -euo pipefail
plan="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
work="$(mktemp -d "${TMPDIR:-/tmp}/funnelplan-spotcheck.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user" "$work/out"
# Calc normally trusts cached values in files it did not write; this profile makes it recalculate.
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
python3 "$(dirname "$0")/without_print_titles.py" "$plan" "$work/$(basename "$plan")"
soffice --headless --norestore --nologo --nodefault --nolockcheck "-env:UserInstallation=file://$work/profile" \
  --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$work/out" "$work/$(basename "$plan")" >/dev/null
python3 "$(dirname "$0")/compare_recalculated.py" "$plan" "$work/out/$(basename "$plan")" "$@"
