"""The benchmark's peer: XlsxWriter (constant_memory) writes the content of a funnelplan workbook.

    /usr/bin/python3 xlsxwriter_peer.py DUMP OUT.xlsx

DUMP is what `content.py dump` read from funnelplan's own output. It is read record by record
(a sheet's rows 2,000 at a time), so the dump never sits in memory whole; the time spent reading
it is measured and printed as `dump-load-seconds`, for the benchmark to subtract: the peer is
timed on writing, not on our dump format. Every cell goes through XlsxWriter's public write_*
calls, the way an XlsxWriter user writes a workbook.
"""
import pickle
import sys
import time

import xlsxwriter
import xlsxwriter.utility

load_seconds = 0.0


def records(f):
    global load_seconds
    while True:
        start = time.perf_counter()
        record = pickle.load(f)
        load_seconds += time.perf_counter() - start
        yield record
        if record[0] == 'end':
            return


def cell_ranges(sqref):
    """The ranges of a space-separated sqref, each as [first_row, first_col, last_row, last_col]."""
    ranges = []
    for part in sqref.replace('$', '').split():
        ends = part.split(':')
        start = xlsxwriter.utility.xl_cell_to_rowcol(ends[0])
        end = xlsxwriter.utility.xl_cell_to_rowcol(ends[-1])
        ranges.append([start[0], start[1], end[0], end[1]])
    return ranges


def cell_range(sqref):
    return cell_ranges(sqref)[0]


def user_width(width):
    """The width to give set_column so that XlsxWriter stores `width` (it adds 5 pixels of padding)."""
    if width is None:
        return None
    pixels = round(width * 7)
    return (pixels - 5) / 7 if pixels > 12 else width


def pixels_of_cols(cols, first, last):
    """Pixel width of columns first..last-1 (default width 64 pixels)."""
    total = 0
    for col in range(first, last):
        width = 64
        for c_min, c_max, w, hidden, _ in cols:
            if c_min <= col <= c_max:
                width = 0 if hidden else (round(w * 7) if w is not None else 64)
        total += width
    return total


def write_charts(book, sheet, charts, cols, heights):
    for spec in charts:
        chart = book.add_chart({'type': spec['type'],
                                **({'subtype': {'percentStacked': 'percent_stacked'}.get(spec['grouping'],
                                                                                         spec['grouping'])}
                                   if spec['grouping'] in ('stacked', 'percentStacked') else {})})
        for series in spec['series']:
            options = {}
            if series['name_ref']:
                options['name'] = '=' + series['name_ref']
            elif series['name']:
                options['name'] = series['name']
            for key in ('categories', 'values'):
                if series[key]:
                    options[key] = '=' + series[key]
                if series[key + '_data'] is not None:
                    options[key + '_data'] = series[key + '_data']
            if series['color']:
                key = 'line' if spec['type'] == 'line' else 'fill'
                options[key] = {'color': series['color']}
            if spec['gap'] is not None and spec['type'] != 'line':
                options['gap'] = int(spec['gap'])
            chart.add_series(options)
        if spec['title']:
            chart.set_title({'name': spec['title'], 'name_font': spec['title_font']})
        chart.set_legend({'position': {'b': 'bottom', 't': 'top', 'l': 'left', 'r': 'right', 'tr': 'top_right'}
                          .get(spec['legend'], 'right')} if spec['legend'] else {'none': True})
        # In an XlsxWriter bar chart the x axis is the horizontal one: the values.
        value_axis, category_axis = ((chart.set_x_axis, chart.set_y_axis) if spec['type'] == 'bar'
                                     else (chart.set_y_axis, chart.set_x_axis))
        for role, other, setter in (('values', 'categories', value_axis), ('categories', 'values', category_axis)):
            axis = spec['axes'].get(role)
            if axis is None:
                continue
            options = {'reverse': axis['reverse'], 'visible': axis['visible'],
                       'major_gridlines': {'visible': axis['major_gridlines']}}
            if axis['num_format']:
                options['num_format'] = axis['num_format']
            # An axis's <c:crosses> says where it crosses the other one; XlsxWriter sets it from the other side.
            if spec['axes'].get(other, {}).get('crossing') == 'max':
                options['crossing'] = 'max'
            setter(options)
        first_col, col_off, first_row, row_off = spec['from']
        last_col, last_col_off, last_row, last_row_off = spec['to']
        width = pixels_of_cols(cols, first_col, last_col) - col_off // 9525 + last_col_off // 9525
        height = sum(heights.get(r, 20) for r in range(first_row, last_row)) - row_off // 9525 + last_row_off // 9525
        chart.set_size({'width': width, 'height': height})
        sheet.insert_chart(first_row, first_col, chart,
                           {'x_offset': col_off // 9525, 'y_offset': row_off // 9525,
                            'object_position': {'oneCell': 2, 'absolute': 3}.get(spec['edit_as'], 1)})


def write_tail(book, sheet, head, tail, dxfs, heights):
    for sqref, options in tail['validations']:
        options = dict(options)
        ranges = cell_ranges(sqref)
        if len(ranges) > 1:
            options['other_cells'] = ranges[1:]  # XlsxWriter 3.0.2's (undocumented) way to a multi-range sqref
        sheet.data_validation(*ranges[0], options)
    for sqref, _, options in sorted(tail['conditional'], key=lambda rule: rule[1]):
        options = dict(options)
        if 'dxf' in options:
            options['format'] = dxfs[options.pop('dxf')]
        if ' ' in sqref:
            options['multi_range'] = sqref
        sheet.conditional_format(*cell_range(sqref), options)
    if tail['protect'] is not None:
        sheet.protect('', tail['protect'])
    margins = tail['margins'] or {}
    if margins:
        sheet.set_margins(margins.get('left', 0.7), margins.get('right', 0.7), margins.get('top', 0.75),
                          margins.get('bottom', 0.75))
    if tail['header']:
        sheet.set_header(tail['header'], {'margin': margins.get('header', 0.3)})
    if tail['footer']:
        sheet.set_footer(tail['footer'], {'margin': margins.get('footer', 0.3)})
    page = tail['page']
    if page:
        if page['orientation'] == 'landscape':
            sheet.set_landscape()
        if page['paper']:
            sheet.set_paper(page['paper'])
        if head['fit_to_page']:
            sheet.fit_to_pages(*page['fit'])
        if page['scale'] != 100:
            sheet.set_print_scale(page['scale'])
    # A table is not available in constant_memory mode: its range gets an auto-filter instead.
    ref = tail['autofilter'] or (tail['table']['ref'] if tail['table'] else None)
    if ref:
        sheet.autofilter(*cell_range(ref))
    write_charts(book, sheet, tail['charts'], head['cols'], heights)


def print_titles(sheet, formula):
    """The columns and rows repeated on each printed page ('Rep 1'!$A:$A,'Rep 1'!$1:$3), as XlsxWriter sets them."""
    for part in formula.split(','):
        first, last = part.rsplit('!', 1)[1].replace('$', '').split(':')
        if first.isdigit():
            sheet.repeat_rows(int(first) - 1, int(last) - 1)
        else:
            sheet.repeat_columns(first + ':' + last)


def main(dump_path, out):
    start = time.perf_counter()
    with open(dump_path, 'rb') as f:
        stream = records(f)
        _, header = next(stream)
        book = xlsxwriter.Workbook(out, {'constant_memory': True})
        formats = [book.add_format(props) if props else None for props in header['formats']]
        dxfs = [book.add_format(props) for props in header['dxfs']]
        sheets = [book.add_worksheet(name) for name, _ in header['sheets']]
        for (name, state), sheet in zip(header['sheets'], sheets):
            if state != 'visible':
                sheet.hide()  # XlsxWriter 3.0.2 has no "very hidden"
        sheets[header['active']].activate()
        names = [name for name, _ in header['sheets']]
        for name, local, formula, _ in header['names']:
            if name == '_xlnm.Print_Titles':
                print_titles(sheets[local], formula)
                continue
            if name.startswith('_xlnm.'):
                continue  # XlsxWriter writes its own (auto-filters, print areas)
            book.define_name(name if local is None else "'%s'!%s" % (names[local].replace("'", "''"), name),
                             '=' + formula)
        index = -1
        sheet = head = None
        heights = {}
        for kind, data in stream:
            if kind == 'head':
                index += 1
                sheet, head, heights = sheets[index], data, {}
                for first, last, width, hidden, style in head['cols']:
                    sheet.set_column(first, last, user_width(width), formats[style] if style else None,
                                     {'hidden': True} if hidden else None)
                if head['freeze']:
                    sheet.freeze_panes(*head['freeze'])
                if head['outline']:
                    sheet.outline_settings(True, head['outline'][0], head['outline'][1], False)
                if head['tab_color']:
                    sheet.set_tab_color(head['tab_color'])
                if head['hide_gridlines']:
                    sheet.hide_gridlines(2)
                if head['default_row_height']:
                    sheet.set_default_row(head['default_row_height'])
                if head['zoom']:
                    sheet.set_zoom(head['zoom'])
            elif kind == 'rows':
                write_string, write_number = sheet.write_string, sheet.write_number
                write_formula, write_boolean, write_blank = sheet.write_formula, sheet.write_boolean, sheet.write_blank
                for r, height, hidden, level, cells in data:
                    if height is not None or hidden or level:
                        sheet.set_row(r, height, None, {'hidden': hidden, 'level': level})
                        heights[r] = 0 if hidden else round((height if height is not None else 15) * 4 / 3)
                    for c, kind_, value, xf, formula in cells:
                        if kind_ == 's':
                            write_string(r, c, value, formats[xf])
                        elif kind_ == 'n':
                            write_number(r, c, value, formats[xf])
                        elif kind_ == 'f':
                            write_formula(r, c, formula, formats[xf], '' if value is None else value)
                        elif kind_ == 'b':
                            write_boolean(r, c, value, formats[xf])
                        else:
                            write_blank(r, c, None, formats[xf])
            elif kind == 'tail':
                write_tail(book, sheet, head, data, dxfs, heights)
        book.close()
    total = time.perf_counter() - start
    print('dump-load-seconds %.3f' % load_seconds)
    print('xlsxwriter wrote %s in %.2f s (%.2f s of it reading the dump)' % (out, total, load_seconds))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: xlsxwriter_peer.py DUMP OUT.xlsx')
    main(sys.argv[1], sys.argv[2])
