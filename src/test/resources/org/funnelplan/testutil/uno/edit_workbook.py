#!/usr/bin/python3
"""Make LibreOffice act like a rep: open an .xlsx, type into cells, insert rows/columns, save as .xlsx (or .ods).

Run with the system Python that has LibreOffice's UNO bridge (Debian: python3-uno), e.g.

    /usr/bin/python3 edit_workbook.py [--soffice PATH] [--profile URL | --connect PIPE] IN.xlsx EDITS.json OUT.xlsx

EDITS.json holds a JSON list of edits, applied in order:

    {"op": "set", "sheet": "Anna", "name": "Actual_won_M", "index": 3, "value": 2}
    {"op": "set", "sheet": "Anna", "name": "Actual_won_M", "index": 0, "text": "abc"}
    {"op": "set", "sheet": "Anna", "name": "Actual_won_M", "index": 1, "formula": "=1+1"}
    {"op": "set", "sheet": "Anna", "cell": "C40", "value": 5}
    {"op": "insert_rows", "sheet": "Anna", "before_row": 14, "count": 1}
    {"op": "insert_columns", "sheet": "Anna", "before_column": "C", "count": 1}
    {"op": "rename_sheet", "sheet": "Anna", "to": "Bob"}
    {"op": "insert_rows", "sheet": "Anna", "before_row": 14, "count": 1, "as_rep": true}
    {"op": "expect_valid", "sheet": "Anna", "cell": "C40", "valid": false}
    {"op": "recalculate"}

"set" resolves "name" in the sheet's own (sheet-scoped) names first, then in the workbook's names
(without "sheet": workbook names only), and takes the cell at the 0-based row-major "index" of the
range the name refers to. Like typing, it refuses a locked cell on a protected sheet. Inserting
unprotects a sheet protected without a password and protects it again, as a rep would via
Tools > Protect Sheet; with "as_rep" it inserts on the protected sheet as it is, and fails when
the protection does not allow inserting. "expect_valid" ("cell", or "name" and "index") has
LibreOffice's validation engine judge the cell's content against its data validation (Tools >
Detective > Mark Invalid Data, the check typing goes through), and fails when the verdict is not
"valid"; the marks are cleared again. Formulas use LibreOffice's API syntax: English function names, ";" or ","
between arguments.

Without --connect the script starts its own headless soffice on a private pipe, with the profile
given by --profile (a file: URL) or a fresh temporary one, and always terminates it again, also
when an edit fails. OUT.xlsx is written only when every edit succeeded (via a temporary file in
the same directory, so a half-written OUT.xlsx never appears). An OUT ending in .ods is saved as
OpenDocument, as a rep whose LibreOffice keeps its own format does. Exits 0 on success, 1 when the
edits or LibreOffice fail, 2 on bad usage; the reason goes to stderr.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

CONNECT_TIMEOUT_SECONDS = 90
EXIT_TIMEOUT_SECONDS = 30
XLSX_FILTER = "Calc MS Excel 2007 XML"
ODS_FILTER = "calc8"


class EditError(Exception):
    """A failure with a message meant for the person reading the test output."""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def log(message):
    print("edit_workbook: " + message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- soffice


def start_soffice(soffice, profile_url, pipe):
    command = [
        soffice,
        "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "-env:UserInstallation=" + profile_url,
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
    ]
    log("starting " + " ".join(command))
    try:
        # Own process group: the whole soffice family (oosplash, soffice.bin) can be killed at once.
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)
    except OSError as e:
        raise EditError("cannot start soffice %r: %s" % (soffice, e))


def connect(pipe, process):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    deadline = time.monotonic() + CONNECT_TIMEOUT_SECONDS
    while True:
        try:
            return resolver.resolve(url)
        except NoConnectException:
            if process is not None and process.poll() is not None:
                raise EditError("soffice exited with %s before accepting a connection on pipe %s"
                                % (process.returncode, pipe))
            if time.monotonic() > deadline:
                raise EditError("soffice did not accept a connection on pipe %s within %d s"
                                % (pipe, CONNECT_TIMEOUT_SECONDS))
            time.sleep(0.25)


def stop_soffice(desktop, process):
    """Ask soffice to quit; kill its process group when it does not within EXIT_TIMEOUT_SECONDS."""
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge dies with soffice: terminate() often "fails" by succeeding
    if process is None:
        return
    try:
        process.wait(EXIT_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        log("soffice did not exit within %d s: killing it" % EXIT_TIMEOUT_SECONDS)
    finally:
        kill_group(process)


def kill_group(process):
    try:
        os.killpg(process.pid, 9)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        pass


# ---------------------------------------------------------------- edits


def column_index(letters):
    if not isinstance(letters, str) or not re.fullmatch(r"[A-Za-z]{1,3}", letters):
        raise EditError("not a column letter: %r" % (letters,))
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index - 1


def get_sheet(doc, name):
    if not isinstance(name, str):
        raise EditError("missing \"sheet\"")
    if not doc.Sheets.hasByName(name):
        raise EditError("no sheet %r; the workbook has %s" % (name, list(doc.Sheets.ElementNames)))
    return doc.Sheets.getByName(name)


def find_name(container, name):
    """Defined names are case-insensitive, as in Excel."""
    if container.hasByName(name):
        return container.getByName(name)
    for candidate in container.ElementNames:
        if candidate.lower() == name.lower():
            return container.getByName(candidate)
    return None


def resolve_name(doc, sheet_name, name):
    named = None
    where = []
    if sheet_name is not None:
        sheet = get_sheet(doc, sheet_name)
        named = find_name(sheet.NamedRanges, name)
        where.append("sheet %r (%s)" % (sheet_name, list(sheet.NamedRanges.ElementNames)))
    if named is None:
        named = find_name(doc.NamedRanges, name)
        where.append("the workbook (%s)" % list(doc.NamedRanges.ElementNames))
    if named is None:
        raise EditError("no defined name %r in %s" % (name, " or ".join(where)))
    cells = named.getReferredCells()
    if cells is None:
        raise EditError("defined name %r refers to %r, which is no cell range" % (name, named.Content))
    return named, cells


def target_cell(doc, edit):
    if "name" in edit:
        name = edit["name"]
        index = edit.get("index", 0)
        if not isinstance(index, int) or isinstance(index, bool):
            raise EditError("\"index\" must be an integer, not %r" % (index,))
        named, cells = resolve_name(doc, edit.get("sheet"), name)
        address = cells.RangeAddress
        columns = address.EndColumn - address.StartColumn + 1
        rows = address.EndRow - address.StartRow + 1
        if not 0 <= index < rows * columns:
            raise EditError("index %d is outside defined name %r (%s, %d cells)"
                            % (index, name, named.Content, rows * columns))
        cell = cells.getCellByPosition(index % columns, index // columns)
        sheet = doc.Sheets.getByIndex(address.Sheet)
        return sheet, cell
    if "cell" in edit:
        sheet = get_sheet(doc, edit.get("sheet"))
        ref = edit["cell"]
        if not isinstance(ref, str) or not re.fullmatch(r"\$?[A-Za-z]{1,3}\$?[1-9][0-9]*", ref):
            raise EditError("not a cell address: %r" % (ref,))
        return sheet, sheet.getCellRangeByName(ref.replace("$", ""))
    raise EditError("\"set\" needs \"name\" (with \"index\") or \"cell\"")


def cell_label(sheet, cell):
    address = cell.CellAddress
    letters = ""
    n = address.Column + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return "%s!%s%d" % (sheet.Name, letters, address.Row + 1)


def do_set(doc, edit):
    sheet, cell = target_cell(doc, edit)
    given = [k for k in ("value", "text", "formula") if k in edit]
    if len(given) != 1:
        raise EditError("\"set\" needs exactly one of \"value\", \"text\", \"formula\"")
    if sheet.isProtected() and cell.CellProtection.IsLocked:
        raise EditError("cell %s is locked on a protected sheet: a rep could not type into it"
                        % cell_label(sheet, cell))
    if "value" in edit:
        value = edit["value"]
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise EditError("\"value\" must be a number, not %r" % (value,))
        cell.setValue(float(value))
    elif "text" in edit:
        if not isinstance(edit["text"], str):
            raise EditError("\"text\" must be a string")
        cell.setString(edit["text"])
    else:
        formula = edit["formula"]
        if not isinstance(formula, str) or not formula.startswith("="):
            raise EditError("\"formula\" must be a string starting with '=', not %r" % (formula,))
        cell.setFormula(formula)
        if cell.getError() != 0:
            raise EditError("formula %r in %s gives error %d" % (formula, cell_label(sheet, cell), cell.getError()))


def count_of(edit):
    count = edit.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise EditError("\"count\" must be a positive integer, not %r" % (count,))
    return count


def unprotected(sheet, action):
    """Run action with the sheet unprotected, as a rep would (Tools > Protect Sheet off, edit, on)."""
    was_protected = sheet.isProtected()
    if was_protected:
        try:
            sheet.unprotect("")
        except Exception as e:
            raise EditError("cannot unprotect sheet %r without a password: %s" % (sheet.Name, e))
        if sheet.isProtected():
            raise EditError("sheet %r is protected with a password" % sheet.Name)
    try:
        action()
    finally:
        if was_protected:
            sheet.protect("")


def as_rep(sheet, edit, what, action):
    """Insert as the sheet allows it (as_rep), or unprotected."""
    if not edit.get("as_rep"):
        unprotected(sheet, action)
        return
    try:
        action()
    except Exception as e:
        raise EditError("sheet %r (protected: %s) refused inserting %s: a rep could not do it (%s: %s)"
                        % (sheet.Name, sheet.isProtected(), what, type(e).__name__, e))


def do_insert_rows(doc, edit):
    sheet = get_sheet(doc, edit.get("sheet"))
    row = edit.get("before_row")
    if not isinstance(row, int) or isinstance(row, bool) or row < 1:
        raise EditError("\"before_row\" must be a 1-based row number, not %r" % (row,))
    count = count_of(edit)
    as_rep(sheet, edit, "rows", lambda: sheet.Rows.insertByIndex(row - 1, count))


def do_insert_columns(doc, edit):
    sheet = get_sheet(doc, edit.get("sheet"))
    column = column_index(edit.get("before_column"))
    count = count_of(edit)
    as_rep(sheet, edit, "columns", lambda: sheet.Columns.insertByIndex(column, count))


def marked_invalid(sheet, cell):
    """Whether Mark Invalid Data puts its circle around the cell (a shape over the cell's middle)."""
    before = sheet.DrawPage.Count
    sheet.showInvalid()
    try:
        middle_x = cell.Position.X + cell.Size.Width // 2
        middle_y = cell.Position.Y + cell.Size.Height // 2
        for i in range(before, sheet.DrawPage.Count):
            shape = sheet.DrawPage.getByIndex(i)
            x, y, w, h = shape.Position.X, shape.Position.Y, shape.Size.Width, shape.Size.Height
            if x <= middle_x <= x + w and y <= middle_y <= y + h:
                return True
        return False
    finally:
        sheet.clearArrows()


def do_expect_valid(doc, edit):
    sheet, cell = target_cell(doc, edit)
    expected = edit.get("valid")
    if not isinstance(expected, bool):
        raise EditError("\"valid\" must be true or false")
    if cell.Validation.Type.value == "ANY":
        verdict = True
    else:
        verdict = not marked_invalid(sheet, cell)
    if verdict != expected:
        raise EditError("LibreOffice's validation finds %r in %s %s, not %s"
                        % (cell.String, cell_label(sheet, cell), "valid" if verdict else "invalid",
                           "valid" if expected else "invalid"))


def do_rename_sheet(doc, edit):
    """As a user renames a tab (double-click, type): LibreOffice carries names and formulas along."""
    sheet = get_sheet(doc, edit.get("sheet"))
    to = edit.get("to")
    if not isinstance(to, str) or not to:
        raise EditError("\"to\" must be the new sheet name, not %r" % (to,))
    sheet.Name = to


OPS = {
    "set": do_set,
    "rename_sheet": do_rename_sheet,
    "insert_rows": do_insert_rows,
    "insert_columns": do_insert_columns,
    "expect_valid": do_expect_valid,
    "recalculate": lambda doc, edit: doc.calculateAll(),
}


def apply_edits(doc, edits):
    for number, edit in enumerate(edits, 1):
        started = time.monotonic()
        try:
            if not isinstance(edit, dict) or edit.get("op") not in OPS:
                raise EditError("unknown op; expected one of %s" % sorted(OPS))
            OPS[edit["op"]](doc, edit)
        except EditError as e:
            raise EditError("edit #%d %s: %s" % (number, json.dumps(edit), e))
        except Exception as e:  # a UNO exception: say which edit caused it
            raise EditError("edit #%d %s: LibreOffice failed: %s: %s"
                            % (number, json.dumps(edit), type(e).__name__, e))
        log("edit #%d %s done in %.2f s" % (number, json.dumps(edit), time.monotonic() - started))


# ---------------------------------------------------------------- main


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def edit_workbook(desktop, source, edits, target):
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0,
        (prop("Hidden", True), prop("ReadOnly", False), prop("MacroExecutionMode", 0)))
    if doc is None:
        raise EditError("LibreOffice could not open %s" % source)
    try:
        if not doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
            raise EditError("%s did not open as a spreadsheet" % source)
        apply_edits(doc, edits)
        # Write next to the target, then rename: OUT never exists half-written, and IN == OUT works.
        ods = target.lower().endswith(".ods")
        fd, partial = tempfile.mkstemp(prefix=".edit_workbook-", suffix=".ods" if ods else ".xlsx", dir=os.path.dirname(target))
        os.close(fd)
        try:
            doc.storeToURL(uno.systemPathToFileUrl(partial),
                           (prop("FilterName", ODS_FILTER if ods else XLSX_FILTER), prop("Overwrite", True)))
            if os.path.getsize(partial) == 0:
                raise EditError("LibreOffice wrote an empty file")
            os.chmod(partial, 0o666 & ~current_umask())  # mkstemp made it 0600; save as an editor would
            os.replace(partial, target)
        finally:
            if os.path.exists(partial):
                os.remove(partial)
    finally:
        doc.close(True)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--soffice", default="soffice", help="soffice to start (default: soffice on PATH)")
    parser.add_argument("--profile", help="file: URL of the LibreOffice user profile (default: a fresh temporary one)")
    parser.add_argument("--connect", metavar="PIPE", help="use the soffice already listening on this pipe; leave it running")
    parser.add_argument("input")
    parser.add_argument("edits")
    parser.add_argument("output")
    args = parser.parse_args(argv)

    source = os.path.abspath(args.input)
    target = os.path.abspath(args.output)
    try:
        with open(args.edits, encoding="utf-8") as f:
            edits = json.load(f)
        if not isinstance(edits, list):
            raise EditError("%s must hold a JSON list of edits" % args.edits)
        if not os.path.isfile(source):
            raise EditError("no such file: %s" % source)
        if not os.path.isdir(os.path.dirname(target)):
            raise EditError("no such directory: %s" % os.path.dirname(target))
    except (OSError, ValueError, EditError) as e:
        log("error: %s" % e)
        return 2

    process = None
    desktop = None
    temporary_profile = None
    started = time.monotonic()
    try:
        if args.connect:
            pipe = args.connect
        else:
            profile = args.profile
            if profile is None:
                temporary_profile = tempfile.mkdtemp(prefix="edit_workbook-profile-")
                profile = uno.systemPathToFileUrl(temporary_profile)
            pipe = "funnelplan-" + uuid.uuid4().hex
            process = start_soffice(args.soffice, profile, pipe)
        context = connect(pipe, process)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        log("connected in %.2f s" % (time.monotonic() - started))
        edit_workbook(desktop, source, edits, target)
        log("saved %s in %.2f s in all" % (target, time.monotonic() - started))
        return 0
    except EditError as e:
        log("error: %s" % e)
        return 1
    except Exception as e:
        log("error: LibreOffice failed: %s: %s" % (type(e).__name__, e))
        return 1
    finally:
        if not args.connect:
            stop_soffice(desktop, process)
        if temporary_profile is not None:
            shutil.rmtree(temporary_profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
