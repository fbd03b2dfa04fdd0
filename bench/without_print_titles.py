"""Copies a workbook without its print titles (the _xlnm.Print_Titles defined names), for the
LibreOffice spot-check only. LibreOffice 7.4 sets each sheet's print titles through
ScTableSheetObj::setTitleRows/setTitleColumns, which repaginate every sheet sharing the page style
(PrintAreaUndo_Impl -> ScPrintFunc::UpdatePages): quadratic in the sheets, and each time through the
250,000-row lead sheet. A 100-rep plan took it 65 s with them and 12 s without; print titles carry no
numbers, so the recalculated values do not change. Arguments: ORIGINAL COPY."""
import re, shutil, sys, zipfile

PRINT_TITLES = re.compile(r'<definedName name="_xlnm\.Print_Titles"[^>]*>[^<]*</definedName>')

with zipfile.ZipFile(sys.argv[1]) as original, zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as copy:
    for entry in original.infolist():
        if entry.filename == 'xl/workbook.xml':
            workbook, removed = PRINT_TITLES.subn('', original.read(entry).decode('utf-8'))
            copy.writestr(entry, workbook.encode('utf-8'))
            print(f"print titles left out for LibreOffice: {removed} sheets", file=sys.stderr)
        else:
            with original.open(entry) as source, copy.open(entry, 'w') as target:
                shutil.copyfileobj(source, target, 1 << 20)
