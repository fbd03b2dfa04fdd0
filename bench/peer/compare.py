"""Did the peer write the same content as funnelplan? Both workbooks are read by content.py and
compared aspect by aspect, a sheet at a time (rows streamed in lockstep, never all in memory).

Compared: sheet names, order and visibility; every cell (kind, text or number to 15 significant
digits, formula text, cached result, style as font/fill/border/number format/alignment/protection);
column widths; row heights, hidden rows and outline levels; defined names (scope, name, reference);
data validations; conditional formats and their formats; frozen panes; sheet protection; page
setup, margins, header and footer; auto-filter (a table's range); charts (type, series and their
references, title, anchor cell). Known differences are listed, not hidden: XlsxWriter 3.0.2 has no
"very hidden" sheet state and no table in constant_memory mode.

Exit 0 when everything compared is equal, 1 with the first differences otherwise.
"""
import itertools
import sys

from content import BUILTIN_FORMATS, Workbook


def canonical_format(props):
    props = dict(props)
    if isinstance(props.get('num_format'), int):
        props['num_format'] = BUILTIN_FORMATS.get(props['num_format'], props['num_format'])
    if props.get('num_format') == 'General':
        del props['num_format']
    if props.get('pattern') == 1 and 'fg_color' not in props and 'bg_color' in props:
        props['fg_color'] = props.pop('bg_color')  # XlsxWriter's solid fill: the background colour moves to the front
    return tuple(sorted(props.items()))


def cells_of(row, formats):
    return [(col, kind, None if value == '' and kind == 'f' else value, formula, formats[xf])
            for col, kind, value, xf, formula in row[4]]


def same_cell(a, b):
    """Equal, numbers to 15 significant digits: XlsxWriter writes 16 ('%.16G'), Java up to 17."""
    if a is None or b is None:
        return a is b
    x, y = a[2], b[2]
    if is_number(x) and is_number(y):
        return abs(x - y) <= 1e-15 * max(abs(x), abs(y)) and (a[0], a[1], a[3], a[4]) == (b[0], b[1], b[3], b[4])
    return a == b


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def row_key(row):
    return row[0], row[1], row[2], row[3]


class Differences:
    def __init__(self):
        self.items = []

    def add(self, where, ours, theirs):
        self.items.append('%s: funnelplan %r, peer %r' % (where, ours, theirs))


def compare_tails(diff, where, ours, theirs, dxfs_ours, dxfs_theirs):
    def validations(tail):
        return sorted((' '.join(sorted(sqref.split())), sorted(opts.items(), key=str)) for sqref, opts in tail['validations'])

    def rules(tail, dxfs):
        result = []
        for sqref, _, opts in tail['conditional']:
            opts = dict(opts)
            if 'dxf' in opts:
                opts['dxf'] = canonical_format(dxfs[opts['dxf']])
            for key in ('value', 'minimum', 'maximum', 'criteria'):
                if isinstance(opts.get(key), str):
                    opts[key] = opts[key].lstrip('=')
            result.append((' '.join(sorted(sqref.split())), sorted(opts.items(), key=str)))
        return sorted(result, key=str)

    def charts(tail):
        result = []
        for chart in tail['charts']:
            result.append((chart['type'], chart['grouping'], chart['title'], chart['from'][0], chart['from'][2],
                           [(s['name'], s['name_ref'], s['categories'], s['values'], s['color'])
                            for s in chart['series']]))
        return result

    checks = [('data validations', validations(ours), validations(theirs)),
              ('conditional formats', rules(ours, dxfs_ours), rules(theirs, dxfs_theirs)),
              ('protection', ours['protect'], theirs['protect']),
              ('page setup', ours['page'] and (ours['page']['orientation'], ours['page']['paper']),
               theirs['page'] and (theirs['page']['orientation'], theirs['page']['paper'])),
              ('margins', ours['margins'], theirs['margins']),
              ('header', ours['header'], theirs['header']), ('footer', ours['footer'], theirs['footer']),
              ('auto-filter / table range', ours['autofilter'] or (ours['table'] or {}).get('ref'),
               theirs['autofilter'] or (theirs['table'] or {}).get('ref')),
              ('charts', charts(ours), charts(theirs))]
    for what, a, b in checks:
        if a != b:
            diff.add('%s, %s' % (where, what), a, b)


def compare_heads(diff, where, ours, theirs):
    def cols(head):
        return [(first, last, None if width is None else round(width, 2), hidden)
                for first, last, width, hidden, _ in head['cols']]

    for what in ('freeze', 'outline', 'fit_to_page', 'hide_gridlines', 'tab_color'):
        if ours[what] != theirs[what]:
            diff.add('%s, %s' % (where, what), ours[what], theirs[what])
    if cols(ours) != cols(theirs):
        diff.add(where + ', column widths', cols(ours), cols(theirs))


def main(plan_path, peer_path):
    plan, peer = Workbook(plan_path), Workbook(peer_path)
    diff = Differences()
    known = []
    names = [(s['name'], 'hidden' if s['state'] == 'veryHidden' else s['state']) for s in plan.sheets]
    if any(s['state'] == 'veryHidden' for s in plan.sheets):
        known.append('very hidden sheets are hidden in the peer (XlsxWriter 3.0.2 has no very hidden)')
    peer_names = [(s['name'], s['state']) for s in peer.sheets]
    if names != peer_names:
        diff.add('sheets', names, peer_names)
        return report(diff, known, 0)

    def titles(formula):
        # the repeated columns and rows of a sheet's print titles, without the sheet's name, however quoted
        return ','.join(sorted(part.rsplit('!', 1)[1] for part in formula.split(',')))

    def defined(book):
        # XlsxWriter writes its own print areas and auto-filter names; the print titles are the plan's.
        sheet_names = [s['name'] for s in book.sheets]
        return sorted((name, None if local is None else sheet_names[local],
                       titles(formula.replace('$', '')) if name == '_xlnm.Print_Titles' else formula.replace('$', ''))
                      for name, local, formula, _ in book.names if not name.startswith('_xlnm.') or name == '_xlnm.Print_Titles')
    ours_names, peer_defined = defined(plan), defined(peer)
    if ours_names != peer_defined:
        missing = sorted(set(ours_names) - set(peer_defined))[:5]
        extra = sorted(set(peer_defined) - set(ours_names))[:5]
        diff.add('defined names (%d and %d; first missing, first extra)' % (len(ours_names), len(peer_defined)),
                 missing, extra)
    formats_ours = [canonical_format(p) for p in plan.formats]
    formats_peer = [canonical_format(p) for p in peer.formats]
    cells = 0
    for index, (name, _) in enumerate(names):
        ours, theirs = plan.iter_sheet(index), peer.iter_sheet(index)
        where = "sheet '%s'" % name
        head_ours, head_theirs = next(ours)[1], next(theirs)[1]
        compare_heads(diff, where, head_ours, head_theirs)
        tails = [None, None]
        rows_ours = (data for kind, data in ours if kind == 'row' or stash(kind, data, tails, 0))
        rows_theirs = (data for kind, data in theirs if kind == 'row' or stash(kind, data, tails, 1))
        for a, b in itertools.zip_longest(rows_ours, rows_theirs):
            if a is None or b is None:
                diff.add(where + ', rows', a and a[0] + 1, b and b[0] + 1)
                break
            if row_key(a) != row_key(b):
                diff.add('%s, row %d (number, height, hidden, level)' % (where, a[0] + 1), row_key(a), row_key(b))
            ca, cb = cells_of(a, formats_ours), cells_of(b, formats_peer)
            if ca != cb:
                for x, y in itertools.zip_longest(ca, cb):
                    if not same_cell(x, y):
                        diff.add('%s, row %d' % (where, a[0] + 1), x, y)
                        break
            cells += len(ca)
            if len(diff.items) > 20:
                return report(diff, known, cells)
        compare_tails(diff, where, tails[0], tails[1], plan.dxfs, peer.dxfs)
        if plan_tail_table(tails[0]):
            known.append('the table on %s is an auto-filter over the same range in the peer '
                         '(XlsxWriter has no tables in constant_memory mode)' % where)
    return report(diff, known, cells)


def stash(kind, data, tails, side):
    if kind == 'tail':
        tails[side] = data
    return False


def plan_tail_table(tail):
    return tail is not None and tail['table'] is not None


def report(diff, known, cells):
    for item in known:
        print('known difference: ' + item)
    if diff.items:
        print('DIFFERENT: the peer did not write the same content')
        for item in diff.items[:20]:
            print('  ' + item)
        return 1
    print('same content: %s cells compared, with names, styles, widths, validations, conditional formats, '
          'panes, protection, page setup and charts' % format(cells, ','))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
