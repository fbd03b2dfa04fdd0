"""The content of an .xlsx workbook, read straight from its parts, in the terms XlsxWriter writes.

The benchmark's XlsxWriter peer writes THE SAME CONTENT as funnelplan: this module reads
funnelplan's own output (sheets, cells with their cached values, styles, column widths, row
heights and outline levels, defined names, data validation, conditional formats, panes,
protection, page setup, auto-filters and tables, charts) and turns it into plain Python values
that map one to one on XlsxWriter calls. It streams: a sheet's rows are handed out one by one.

What it meets and cannot hand to XlsxWriter it lists in Workbook.left_out (never silently).

    /usr/bin/python3 content.py dump PLAN.xlsx DUMP         # the peer's input (not timed)
    /usr/bin/python3 content.py compare PLAN.xlsx PEER.xlsx  # the peer wrote the same content?
"""
import pickle
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
PR = '{http://schemas.openxmlformats.org/package/2006/relationships}'
XDR = '{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}'
C = '{http://schemas.openxmlformats.org/drawingml/2006/chart}'
A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'

# Excel's default colour palette, indexes 8-63 (indexes 0-7 repeat 8-15).
PALETTE = ('000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 '
           '008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF '
           'FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF '
           'FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 '
           '993300 993366 333399 333333').split()
BUILTIN_FORMATS = {0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%',
                   11: '0.00E+00', 12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm',
                   17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
                   22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
                   39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss',
                   46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@'}
PATTERNS = ['none', 'solid', 'mediumGray', 'darkGray', 'lightGray', 'darkHorizontal', 'darkVertical',
            'darkDown', 'darkUp', 'darkGrid', 'darkTrellis', 'lightHorizontal', 'lightVertical',
            'lightDown', 'lightUp', 'lightGrid', 'lightTrellis', 'gray125', 'gray0625']
BORDERS = ['none', 'thin', 'medium', 'dashed', 'dotted', 'thick', 'double', 'hair', 'mediumDashed',
           'dashDot', 'mediumDashDot', 'dashDotDot', 'mediumDashDotDot', 'slantDashDot']
ALIGN = {'left': 'left', 'center': 'center', 'right': 'right', 'fill': 'fill', 'justify': 'justify',
         'centerContinuous': 'center_across', 'distributed': 'distributed'}
VALIGN = {'top': 'top', 'center': 'vcenter', 'justify': 'vjustify', 'distributed': 'vdistributed'}
OPERATORS = {'between': 'between', 'notBetween': 'not between', 'equal': '==', 'notEqual': '!=',
             'greaterThan': '>', 'lessThan': '<', 'greaterThanOrEqual': '>=', 'lessThanOrEqual': '<='}
VALIDATE = {'whole': 'integer', 'decimal': 'decimal', 'list': 'list', 'date': 'date', 'time': 'time',
            'textLength': 'length', 'custom': 'custom'}
# Protection attributes that are on (protected) by default: XlsxWriter's option allows the action.
PROTECT_ON = {'formatCells': 'format_cells', 'formatColumns': 'format_columns', 'formatRows': 'format_rows',
              'insertColumns': 'insert_columns', 'insertRows': 'insert_rows',
              'insertHyperlinks': 'insert_hyperlinks', 'deleteColumns': 'delete_columns',
              'deleteRows': 'delete_rows', 'sort': 'sort', 'autoFilter': 'autofilter',
              'pivotTables': 'pivot_tables'}
# Parts this reader takes in (or that XlsxWriter writes of its own: properties, theme); any other is reported.
KNOWN_PART = re.compile(r'(\[Content_Types\]\.xml|_rels/\.rels|docProps/(app|core|custom)\.xml|xl/workbook\.xml|'
                        r'xl/styles\.xml|xl/sharedStrings\.xml|xl/theme/theme\d+\.xml|xl/(worksheets|drawings|charts|tables)/'
                        r'(_rels/)?\w+\.xml(\.rels)?|xl/_rels/workbook\.xml\.rels|xl/calcChain\.xml|xl/metadata\.xml)$')


def truth(value, default=False):
    return default if value is None else value in ('1', 'true', 'on')


def col_index(letters, cache={}):
    index = cache.get(letters)
    if index is None:
        index = 0
        for ch in letters:
            index = index * 26 + ord(ch) - 64
        index -= 1
        cache[letters] = index
    return index


def color(element):
    """'#RRGGBB' of a colour element, None for automatic, theme or absent colours."""
    if element is None:
        return None
    if element.get('rgb'):
        return '#' + element.get('rgb')[-6:].upper()
    if element.get('indexed') is not None:
        index = int(element.get('indexed'))
        index = index + 8 if index < 8 else index
        return '#' + PALETTE[index - 8] if 8 <= index < 64 else None
    return None


def number(text):
    return int(text) if re.fullmatch(r'-?\d+', text) else float(text)


class Workbook:
    """One workbook: sheets, defined names, formats; each sheet's content by iter_sheet()."""

    def __init__(self, path):
        self.path = path
        self.zip = zipfile.ZipFile(path)
        self.left_out = set()
        self.parts = set(self.zip.namelist())
        book = self.xml('xl/workbook.xml')
        rels = self.rels('xl/workbook.xml')
        self.sheets = []
        for sheet in book.iter(M + 'sheet'):
            self.sheets.append({'name': sheet.get('name'), 'state': sheet.get('state', 'visible'),
                                'part': rels[sheet.get(R + 'id')][0]})
            if sheet.get('state') == 'veryHidden':
                self.left_out.add('the very hidden state (hidden instead: XlsxWriter 3.0.2 has no very hidden)')
        self.names = []
        for name in book.iter(M + 'definedName'):
            local = name.get('localSheetId')
            self.names.append((name.get('name'), None if local is None else int(local), name.text or '',
                               truth(name.get('hidden'))))
        view = book.find(M + 'bookViews/' + M + 'workbookView')
        self.active = int(view.get('activeTab', 0)) if view is not None else 0
        self.strings = self.shared_strings()
        self.read_styles()
        for part in sorted(self.parts):
            if not KNOWN_PART.match(part):
                self.left_out.add('parts it does not read: ' + re.sub(r'\d+', 'N', part))

    def xml(self, part):
        with self.zip.open(part) as f:
            return ET.parse(f).getroot()

    def rels(self, part):
        """Relationship id -> (part name, type) of a part."""
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, '_rels', name + '.rels')
        result = {}
        if rels_part in self.parts:
            for rel in self.xml(rels_part).iter(PR + 'Relationship'):
                target = rel.get('Target')
                target = target[1:] if target.startswith('/') else posixpath.normpath(posixpath.join(folder, target))
                result[rel.get('Id')] = (target, rel.get('Type').rsplit('/', 1)[-1])
        return result

    def shared_strings(self):
        strings = []
        if 'xl/sharedStrings.xml' in self.parts:
            for si in self.xml('xl/sharedStrings.xml').iter(M + 'si'):
                strings.append(''.join(t.text or '' for t in si.iter(M + 't')))
        return strings

    def read_styles(self):
        self.formats, self.dxfs = [{}], []
        if 'xl/styles.xml' not in self.parts:
            return
        styles = self.xml('xl/styles.xml')
        num_formats = {int(f.get('numFmtId')): f.get('formatCode') for f in styles.iter(M + 'numFmt')}
        fonts = [font_props(f) for f in styles.find(M + 'fonts')]
        fills = [fill_props(f) for f in styles.find(M + 'fills')]
        borders = [border_props(b) for b in styles.find(M + 'borders')]
        self.formats = []
        for xf in styles.find(M + 'cellXfs'):
            props = {}
            fmt = int(xf.get('numFmtId', 0))
            if fmt in num_formats:
                props['num_format'] = num_formats[fmt]
            elif fmt:
                props['num_format'] = fmt
            props.update(fonts[int(xf.get('fontId', 0))])
            props.update(fills[int(xf.get('fillId', 0))])
            props.update(borders[int(xf.get('borderId', 0))])
            props.update(alignment_props(xf.find(M + 'alignment')))
            protection = xf.find(M + 'protection')
            if protection is not None:
                if not truth(protection.get('locked'), True):
                    props['locked'] = False
                if truth(protection.get('hidden')):
                    props['hidden'] = True
            self.formats.append(props)
        dxfs = styles.find(M + 'dxfs')
        for dxf in (dxfs if dxfs is not None else []):
            props = {}
            if dxf.find(M + 'font') is not None:
                props.update(font_props(dxf.find(M + 'font'), dxf=True))
            fill = dxf.find(M + 'fill/' + M + 'patternFill')
            if fill is not None:
                if color(fill.find(M + 'bgColor')):
                    props['bg_color'] = color(fill.find(M + 'bgColor'))
                if color(fill.find(M + 'fgColor')):
                    props['fg_color'] = color(fill.find(M + 'fgColor'))
            if dxf.find(M + 'border') is not None:
                props.update(border_props(dxf.find(M + 'border')))
            if dxf.find(M + 'numFmt') is not None:
                props['num_format'] = dxf.find(M + 'numFmt').get('formatCode')
            self.dxfs.append(props)

    def iter_sheet(self, index):
        """('head', dict), then ('row', (row, height, hidden, level, cells)) per row, then ('tail', dict).

        A cell is (col, kind, value, xf, formula): kind 's' text, 'n' number, 'b' boolean, 'f' formula
        (value = its cached result: number, text, boolean or None), 'e' empty but styled.
        """
        sheet = self.sheets[index]
        part = sheet['part']
        rels = self.rels(part)
        head, tail = {'cols': [], 'outline': None, 'freeze': None, 'selected': False, 'tab_color': None,
                      'hide_gridlines': False, 'default_row_height': None, 'zoom': None,
                      'fit_to_page': False}, {
            'validations': [], 'conditional': [], 'protect': None, 'margins': None, 'page': None,
            'header': None, 'footer': None, 'autofilter': None, 'table': None, 'charts': []}
        head_given = False
        strings = self.strings
        with self.zip.open(part) as f:
            context = ET.iterparse(f, events=('start', 'end'))
            depth = 0
            for event, el in context:
                if event == 'start':
                    depth += 1
                    continue
                depth -= 1
                tag = el.tag
                if tag == M + 'row':
                    if not head_given:
                        head_given = True
                        yield 'head', head
                    yield 'row', self.row(el, strings)
                    el.clear()
                    continue
                if depth != 1:
                    continue
                name = tag[len(M):] if tag.startswith(M) else tag
                handler = SHEET_PARTS.get(name)
                if handler is None:
                    self.left_out.add('<%s> in worksheets' % name)
                else:
                    handler(self, el, head, tail, rels)
                if name == 'sheetData' and not head_given:
                    head_given = True
                    yield 'head', head
                el.clear()
        yield 'tail', tail

    def row(self, el, strings):
        r = int(el.get('r')) - 1
        height = float(el.get('ht')) if el.get('ht') is not None and truth(el.get('customHeight')) else None
        cells = []
        for c in el:
            ref = c.get('r')
            col = col_index(ref.rstrip('0123456789'))
            t = c.get('t', 'n')
            xf = int(c.get('s', 0))
            value = formula = None
            text = None
            for child in c:
                ctag = child.tag
                if ctag == M + 'v':
                    text = child.text or ''
                elif ctag == M + 'f':
                    formula = child.text or ''
                    if child.get('t') not in (None, 'normal'):
                        self.left_out.add('%s formulas (written as plain formulas)' % child.get('t'))
                elif ctag == M + 'is':
                    if child.find(M + 'r') is not None:
                        self.left_out.add('rich text runs (written as plain text)')
                    text = ''.join(t_el.text or '' for t_el in child.iter(M + 't'))
            if formula is not None:
                if text is None:
                    value = None
                elif t == 'str' or t == 'inlineStr':
                    value = text
                elif t == 'b':
                    value = text in ('1', 'true')
                elif t == 'e':
                    value = text
                else:
                    value = number(text) if text else None
                cells.append((col, 'f', value, xf, formula))
            elif t == 'inlineStr' or t == 'str':
                cells.append((col, 's', text, xf, None) if text else (col, 'e', None, xf, None))
            elif t == 's':
                string = strings[int(text)]
                cells.append((col, 's', string, xf, None) if string else (col, 'e', None, xf, None))
            elif t == 'b':
                cells.append((col, 'b', text in ('1', 'true'), xf, None))
            elif t == 'e':
                self.left_out.add('error values (written as text)')
                cells.append((col, 's', text, xf, None))
            elif text is None or text == '':
                cells.append((col, 'e', None, xf, None))
            else:
                cells.append((col, 'n', number(text), xf, None))
        level = int(el.get('outlineLevel', 0))
        return r, height, truth(el.get('hidden')), level, cells

    def charts(self, drawing_part):
        """The charts of a drawing part, each anchored at a cell."""
        charts = []
        rels = self.rels(drawing_part)
        for anchor in self.xml(drawing_part):
            kind = anchor.tag[len(XDR):]
            frame = anchor.find(XDR + 'graphicFrame')
            chart_ref = frame.find('.//' + C + 'chart') if frame is not None else None
            if kind != 'twoCellAnchor' or chart_ref is None:
                self.left_out.add('drawing objects other than charts in two-cell anchors')
                continue
            spot = {}
            for end in ('from', 'to'):
                e = anchor.find(XDR + end)
                spot[end] = tuple(int(e.find(XDR + k).text) for k in ('col', 'colOff', 'row', 'rowOff'))
            chart = self.chart(rels[chart_ref.get(R + 'id')][0])
            if chart is not None:
                chart['from'], chart['to'] = spot['from'], spot['to']
                chart['edit_as'] = anchor.get('editAs', 'twoCell')
                charts.append(chart)
        return charts

    def chart(self, part):
        space = self.xml(part)
        plot = space.find(C + 'chart/' + C + 'plotArea')
        kinds = [el for el in plot if el.tag.endswith('Chart')]
        if len(kinds) != 1 or kinds[0].tag not in (C + 'barChart', C + 'lineChart'):
            self.left_out.add('charts other than one bar, column or line chart')
            return None
        kind = kinds[0]
        bar_dir = kind.find(C + 'barDir')
        chart = {'type': 'line' if kind.tag == C + 'lineChart' else
                 ('bar' if bar_dir is not None and bar_dir.get('val') == 'bar' else 'column'),
                 'grouping': val(kind.find(C + 'grouping'), 'clustered'),
                 'gap': val(kind.find(C + 'gapWidth')), 'series': [],
                 'title': None, 'title_font': {}, 'legend': None}
        title = space.find(C + 'chart/' + C + 'title')
        if title is not None:
            chart['title'] = ''.join(t.text or '' for t in title.iter(A + 't'))
            run = title.find('.//' + A + 'defRPr')
            if run is not None:
                if run.get('sz'):
                    chart['title_font']['size'] = int(run.get('sz')) / 100
                if run.get('b') is not None:
                    chart['title_font']['bold'] = truth(run.get('b'))
        legend = space.find(C + 'chart/' + C + 'legend/' + C + 'legendPos')
        chart['legend'] = legend.get('val') if legend is not None else None
        for ser in kind.findall(C + 'ser'):
            series = {'name': ''.join(v.text or '' for v in ser.findall(C + 'tx/' + C + 'v')) or None,
                      'name_ref': text_of(ser.find(C + 'tx/' + C + 'strRef/' + C + 'f')),
                      'color': None, 'categories': None, 'values': None,
                      'categories_data': None, 'values_data': None}
            fill = ser.find(C + 'spPr/' + A + 'solidFill/' + A + 'srgbClr')
            if fill is not None:
                series['color'] = '#' + fill.get('val').upper()
            for key, el in (('categories', ser.find(C + 'cat')), ('values', ser.find(C + 'val'))):
                if el is None:
                    continue
                ref = el.find('.//' + C + 'f')
                series[key] = ref.text if ref is not None else None
                cache = el.find('.//' + C + 'strCache')
                numeric = cache is None
                if cache is None:
                    cache = el.find('.//' + C + 'numCache')
                if cache is not None:
                    count = int(val(cache.find(C + 'ptCount'), 0))
                    data = [None] * count
                    for pt in cache.findall(C + 'pt'):
                        text = pt.find(C + 'v').text or ''
                        data[int(pt.get('idx'))] = float(text) if numeric else text
                    series[key + '_data'] = data
            chart['series'].append(series)
        axes = {}
        for axis in plot:
            if axis.tag in (C + 'catAx', C + 'valAx', C + 'dateAx'):
                role = 'values' if axis.tag == C + 'valAx' else 'categories'
                fmt = axis.find(C + 'numFmt')
                axes[role] = {'reverse': val(axis.find(C + 'scaling/' + C + 'orientation')) == 'maxMin',
                              'num_format': fmt.get('formatCode') if fmt is not None else None,
                              'major_gridlines': axis.find(C + 'majorGridlines') is not None,
                              'crossing': val(axis.find(C + 'crosses')),
                              'visible': val(axis.find(C + 'delete'), '0') in ('0', 'false')}
        chart['axes'] = axes
        return chart


def val(el, default=None):
    return el.get('val') if el is not None else default


def text_of(el):
    return el.text if el is not None else None


def font_props(font, dxf=False):
    props = {}
    for child in font:
        tag = child.tag[len(M):]
        value = child.get('val')
        if tag == 'name' and value != 'Calibri':
            props['font_name'] = value
        elif tag == 'sz' and float(value) != 11:
            props['font_size'] = float(value)
        elif tag in ('b', 'i', 'strike') and truth(value, True):
            props[{'b': 'bold', 'i': 'italic', 'strike': 'font_strikeout'}[tag]] = True
        elif tag == 'u' and value != 'none':
            props['underline'] = {'double': 2, 'singleAccounting': 33, 'doubleAccounting': 34}.get(value, 1)
        elif tag == 'color' and color(child) not in (None, '#000000'):
            props['font_color'] = color(child)
        elif tag == 'vertAlign' and value in ('superscript', 'subscript'):
            props['font_script'] = 1 if value == 'superscript' else 2
    return props


def fill_props(fill):
    pattern = fill.find(M + 'patternFill')
    if pattern is None:
        return {}
    kind = pattern.get('patternType', 'none')
    if kind == 'none':
        return {}
    props = {'pattern': PATTERNS.index(kind)}
    if color(pattern.find(M + 'fgColor')):
        props['fg_color'] = color(pattern.find(M + 'fgColor'))
    if kind != 'solid' and color(pattern.find(M + 'bgColor')):
        props['bg_color'] = color(pattern.find(M + 'bgColor'))
    return props


def border_props(border):
    props = {}
    for side in ('left', 'right', 'top', 'bottom'):
        el = border.find(M + side)
        if el is not None and el.get('style') not in (None, 'none'):
            props[side] = BORDERS.index(el.get('style'))
            if color(el.find(M + 'color')) not in (None, '#000000'):
                props[side + '_color'] = color(el.find(M + 'color'))
    return props


def alignment_props(alignment):
    props = {}
    if alignment is None:
        return props
    if alignment.get('horizontal') in ALIGN:
        props['align'] = ALIGN[alignment.get('horizontal')]
    if alignment.get('vertical') in VALIGN:
        props['valign'] = VALIGN[alignment.get('vertical')]
    if truth(alignment.get('wrapText')):
        props['text_wrap'] = True
    if truth(alignment.get('shrinkToFit')):
        props['shrink'] = True
    if int(alignment.get('indent', 0)):
        props['indent'] = int(alignment.get('indent'))
    if int(alignment.get('textRotation', 0)):
        props['rotation'] = int(alignment.get('textRotation'))
    return props


# Handlers of a worksheet's top-level elements, each filling the sheet's head or tail.

def on_sheet_pr(book, el, head, tail, rels):
    outline = el.find(M + 'outlinePr')
    if outline is not None:
        head['outline'] = (truth(outline.get('summaryBelow'), True), truth(outline.get('summaryRight'), True))
    setup = el.find(M + 'pageSetUpPr')
    if setup is not None and truth(setup.get('fitToPage')):
        head['fit_to_page'] = True
    tab = el.find(M + 'tabColor')
    if tab is not None:
        head['tab_color'] = color(tab)


def on_sheet_views(book, el, head, tail, rels):
    view = el.find(M + 'sheetView')
    if view is None:
        return
    head['selected'] = truth(view.get('tabSelected'))
    head['hide_gridlines'] = view.get('showGridLines') in ('0', 'false')
    if view.get('zoomScale'):
        head['zoom'] = int(view.get('zoomScale'))
    pane = view.find(M + 'pane')
    if pane is not None:
        if pane.get('state') in ('frozen', 'frozenSplit'):
            head['freeze'] = (int(float(pane.get('ySplit', 0))), int(float(pane.get('xSplit', 0))))
        else:
            book.left_out.add('split (not frozen) panes')


def on_sheet_format(book, el, head, tail, rels):
    height = el.get('defaultRowHeight')
    if height is not None and float(height) != 15:
        head['default_row_height'] = float(height)


def on_cols(book, el, head, tail, rels):
    for col in el:
        width = float(col.get('width')) if col.get('width') is not None else None
        head['cols'].append((int(col.get('min')) - 1, int(col.get('max')) - 1, width, truth(col.get('hidden')),
                             int(col.get('style', 0))))


def on_protection(book, el, head, tail, rels):
    if not truth(el.get('sheet')):
        return
    if el.get('password') or el.get('hashValue'):
        book.left_out.add('sheet protection passwords')
    options = {}
    for attr, option in PROTECT_ON.items():
        if el.get(attr) is not None and not truth(el.get(attr)):
            options[option] = True
    # XlsxWriter's objects/scenarios options allow editing them, as these attributes (when on) forbid it.
    options['objects'] = not truth(el.get('objects'))
    options['scenarios'] = not truth(el.get('scenarios'))
    if truth(el.get('selectLockedCells')):
        options['select_locked_cells'] = False
    if truth(el.get('selectUnlockedCells')):
        options['select_unlocked_cells'] = False
    tail['protect'] = options


def formula_value(text):
    """A validation or rule operand: a number, else a formula ('=' in front, as XlsxWriter takes it)."""
    if text is None:
        return None
    if re.fullmatch(r'-?\d+(\.\d+)?([eE][-+]?\d+)?', text):
        return number(text)
    return '=' + text


def on_validations(book, el, head, tail, rels):
    for dv in el.findall(M + 'dataValidation'):
        kind = dv.get('type', 'none')
        if kind not in VALIDATE:
            book.left_out.add('data validation of type %s' % kind)
            continue
        options = {'validate': VALIDATE[kind], 'ignore_blank': truth(dv.get('allowBlank')),
                   'show_input': truth(dv.get('showInputMessage')), 'show_error': truth(dv.get('showErrorMessage')),
                   'error_type': {'stop': 'stop', 'warning': 'warning', 'information': 'information'}[
                       dv.get('errorStyle', 'stop')]}
        f1, f2 = dv.find(M + 'formula1'), dv.find(M + 'formula2')
        f1 = f1.text if f1 is not None else None
        f2 = f2.text if f2 is not None else None
        if kind == 'list':
            options['dropdown'] = not truth(dv.get('showDropDown'))
            if f1.startswith('"') and f1.endswith('"'):
                options['source'] = f1[1:-1].split(',')
            else:
                options['source'] = '=' + f1
        elif kind == 'custom':
            options['value'] = '=' + f1
        else:
            operator = OPERATORS[dv.get('operator', 'between')]
            options['criteria'] = operator
            if operator in ('between', 'not between'):
                options['minimum'], options['maximum'] = formula_value(f1), formula_value(f2)
            else:
                options['value'] = formula_value(f1)
        for attr, option in (('errorTitle', 'error_title'), ('error', 'error_message'),
                             ('promptTitle', 'input_title'), ('prompt', 'input_message')):
            if dv.get(attr):
                options[option] = dv.get(attr)
        tail['validations'].append((dv.get('sqref'), options))


def on_conditional(book, el, head, tail, rels):
    for rule in el.findall(M + 'cfRule'):
        kind = rule.get('type')
        formulas = [f.text for f in rule.findall(M + 'formula')]
        if kind == 'expression':
            options = {'type': 'formula', 'criteria': formulas[0]}
        elif kind == 'cellIs':
            operator = OPERATORS[rule.get('operator', 'between')]
            options = {'type': 'cell', 'criteria': operator}
            if operator in ('between', 'not between'):
                options['minimum'], options['maximum'] = formulas[0], formulas[1]
            else:
                options['value'] = formulas[0]
        else:
            book.left_out.add('conditional formats of type %s' % kind)
            continue
        if rule.get('dxfId') is not None:
            options['dxf'] = int(rule.get('dxfId'))
        if truth(rule.get('stopIfTrue')):
            options['stop_if_true'] = True
        tail['conditional'].append((el.get('sqref'), int(rule.get('priority', 0)), options))


def on_margins(book, el, head, tail, rels):
    tail['margins'] = {k: float(el.get(k)) for k in ('left', 'right', 'top', 'bottom', 'header', 'footer')
                       if el.get(k) is not None}


def on_page_setup(book, el, head, tail, rels):
    tail['page'] = {'orientation': el.get('orientation'), 'paper': int(el.get('paperSize', 0)),
                    'fit': (int(el.get('fitToWidth', 1)), int(el.get('fitToHeight', 1))),
                    'scale': int(el.get('scale', 100))}


def on_header_footer(book, el, head, tail, rels):
    for key, tag in (('header', 'oddHeader'), ('footer', 'oddFooter')):
        if el.find(M + tag) is not None:
            tail[key] = el.find(M + tag).text
    if el.find(M + 'evenHeader') is not None or el.find(M + 'firstHeader') is not None:
        book.left_out.add('even/first page headers')


def on_autofilter(book, el, head, tail, rels):
    tail['autofilter'] = el.get('ref')


def on_drawing(book, el, head, tail, rels):
    tail['charts'] = book.charts(rels[el.get(R + 'id')][0])


def on_tables(book, el, head, tail, rels):
    for part in el:
        table = book.xml(rels[part.get(R + 'id')][0])
        style = table.find(M + 'tableStyleInfo')
        book.left_out.add('tables (an auto-filter over the same range instead: no tables in constant_memory mode)')
        tail['table'] = {'ref': table.get('ref'), 'name': table.get('displayName'),
                         'columns': [c.get('name') for c in table.iter(M + 'tableColumn')],
                         'style': style.get('name') if style is not None else None}


def ignore(book, el, head, tail, rels):
    pass


SHEET_PARTS = {'sheetPr': on_sheet_pr, 'dimension': ignore, 'sheetViews': on_sheet_views,
               'sheetFormatPr': on_sheet_format, 'cols': on_cols, 'sheetData': ignore,
               'sheetProtection': on_protection, 'dataValidations': on_validations,
               'conditionalFormatting': on_conditional, 'pageMargins': on_margins, 'pageSetup': on_page_setup,
               'headerFooter': on_header_footer, 'autoFilter': on_autofilter, 'drawing': on_drawing,
               'tableParts': on_tables, 'printOptions': ignore}


# The dump: a stream of pickled records the peer reads one by one.
ROWS_PER_RECORD = 2000


def dump(plan, out):
    book = Workbook(plan)
    with open(out, 'wb') as f:
        def put(record):
            # One pickle per record: its memo writes each distinct object (a repeated text) once.
            pickle.dump(record, f, protocol=pickle.HIGHEST_PROTOCOL)
        put(('book', {'sheets': [(s['name'], s['state']) for s in book.sheets], 'active': book.active,
                               'formats': book.formats, 'dxfs': book.dxfs, 'names': book.names}))
        cells = 0
        for index in range(len(book.sheets)):
            rows = []
            texts = {}
            for event, data in book.iter_sheet(index):
                if event == 'row':
                    # One object per distinct text, so that pickle writes each text once per record.
                    data = (data[0], data[1], data[2], data[3],
                            [cell if cell[1] != 's' else (cell[0], 's', texts.setdefault(cell[2], cell[2]),
                                                          cell[3], None) for cell in data[4]])
                    cells += len(data[4])
                    rows.append(data)
                    if len(rows) == ROWS_PER_RECORD:
                        put(('rows', rows))
                        rows, texts = [], {}
                else:
                    if rows:
                        put(('rows', rows))
                        rows, texts = [], {}
                    put((event, data))
        put(('end', sorted(book.left_out)))
    print('dumped %d sheets, %d cells, %d names from %s' % (len(book.sheets), cells, len(book.names), plan))
    for item in sorted(book.left_out):
        print('the peer leaves out: ' + item)


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'dump':
        dump(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == 'compare':
        import compare
        sys.exit(compare.main(sys.argv[2], sys.argv[3]))
    else:
        sys.exit('usage: content.py dump PLAN.xlsx DUMP | compare PLAN.xlsx PEER.xlsx')
