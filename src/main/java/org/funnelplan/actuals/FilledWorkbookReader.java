package org.funnelplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.funnelplan.actuals.FilledWorkbook.NamedCell;
import org.funnelplan.actuals.FilledWorkbook.RepSheetCells;
import org.funnelplan.contract.Metadata;
import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.InputException;
import org.funnelplan.xlsx.read.CellFormats;
import org.funnelplan.xlsx.read.CellXml;
import org.funnelplan.xlsx.read.RawCell;
import org.funnelplan.xlsx.read.SharedStrings;
import org.funnelplan.xlsx.read.SheetCells;
import org.funnelplan.xlsx.read.WorkbookXml;
import org.funnelplan.xlsx.read.XlsxPackage;
import org.funnelplan.xlsx.read.XmlCursor;

/**
 * Reads a filled funnelplan workbook without loading it: workbook.xml for the sheets and defined
 * names, the styles (which number formats are dates), then only the sheets those names point to
 * (and the metadata sheet), streamed, keeping only the named cells, then only the shared strings
 * those cells use. A lead sheet of a quarter of a million rows is never opened.
 */
final class FilledWorkbookReader {
    /** Rows of the metadata sheet beyond its stages and reps (a few keys). */
    private static final int METADATA_EXTRA_ROWS = 1_000;
    /** Sheets read at once (see readSheets). */
    private static final int SHEETS_AHEAD = 4 * Runtime.getRuntime().availableProcessors();

    private FilledWorkbookReader() {
    }

    /** @throws InputException when the file cannot be read as a funnelplan workbook at all */
    static FilledWorkbook read(Path path) {
        String file = path.toString();
        try (XlsxPackage pkg = XlsxPackage.open(path, FileRefusals.WORDS)) {
            return read(pkg);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(file, "corrupt .xlsx: it cannot be read (%s); save it again from Excel or LibreOffice"
                    .formatted(XmlCursor.oneLine(e)));
        }
    }

    private static boolean ours(String name, int scope) {
        return scope >= 0 ? PlanNames.isRepSheetName(name) : PlanNames.isWorkbookName(name);
    }

    private static FilledWorkbook read(XlsxPackage pkg) {
        String file = pkg.file();
        WorkbookXml workbook;
        try (XmlCursor xml = pkg.workbook()) {
            workbook = WorkbookXml.read(xml, FilledWorkbookReader::ours);
        }
        int metaIndex = workbook.sheetIndex(Metadata.SHEET);
        if (metaIndex < 0) {
            throw new WordedInputException(Worded.file(file), Worded.of("read.notFunnelplan", Metadata.SHEET));
        }

        // Which cells of which sheet the names point to; sizes are checked before any cell is listed.
        Map<Integer, Map<String, NamedPlaces.Places>> placesByScope = new HashMap<>(); // scope (-1: workbook) -> name -> places
        Map<Integer, Set<Long>> wanted = new HashMap<>(); // sheet index -> cells
        for (WorkbookXml.Name name : workbook.names()) {
            String scopeSheet = name.sheetIndex() < 0 ? null : workbook.sheets().get(name.sheetIndex()).name();
            NamedPlaces.Places places = NamedPlaces.of(workbook, name.refersTo(), scopeSheet);
            Map<String, NamedPlaces.Places> scope = placesByScope.computeIfAbsent(name.sheetIndex(), i -> new LinkedHashMap<>());
            if (scope.putIfAbsent(name.name(), places) != null) {
                scope.put(name.name(), NamedPlaces.Places.broken("is defined twice for this sheet"));
            }
            if (places.cells() != null) {
                wanted.computeIfAbsent(workbook.sheetIndex(places.sheet()), s -> new HashSet<>()).addAll(places.cells());
            }
        }

        // The styles, once: a number typed as 3/4 is stored as a date and must not count as 46,085.
        CellFormats formats = CellFormats.NONE;
        try (XmlCursor xml = pkg.styles()) {
            if (xml != null) {
                formats = CellFormats.read(xml);
            }
        }

        // Stream each sheet once, in workbook order; the metadata sheet's first columns whole.
        List<Integer> toRead = new ArrayList<>();
        List<SheetCells.Wanted> wants = new ArrayList<>();
        for (int i = 0; i < workbook.sheets().size(); i++) {
            SheetCells.Wanted cells = i == metaIndex
                    ? SheetCells.columns(Metadata.COLUMNS, Metadata.COLUMNS * (workbook.sheets().size() + METADATA_EXTRA_ROWS))
                    : wanted.containsKey(i) ? SheetCells.cells(wanted.get(i)) : null;
            if (cells != null) {
                toRead.add(i);
                wants.add(cells);
            }
        }
        Map<Integer, Map<Long, RawCell>> cellsBySheet = new HashMap<>();
        Set<Integer> strings = new HashSet<>();
        for (int from = 0; from < toRead.size(); from += SHEETS_AHEAD) {
            int to = Math.min(toRead.size(), from + SHEETS_AHEAD);
            List<SheetRead> read = readSheets(pkg, workbook, toRead.subList(from, to), wants.subList(from, to), formats);
            for (int k = 0; k < read.size(); k++) {
                if (read.get(k).failure() != null) {
                    throw read.get(k).failure();
                }
                Map<Long, RawCell> cells = read.get(k).cells();
                cells.values().stream().filter(c -> c.kind() == RawCell.Kind.SHARED_STRING)
                        .forEach(c -> strings.add(c.sharedString()));
                cellsBySheet.put(toRead.get(from + k), cells);
            }
        }
        resolveSharedStrings(pkg, strings, cellsBySheet);

        WorkbookXml.Sheet metaSheet = workbook.sheets().get(metaIndex);
        PlanMetadata meta = PlanMetadata.of(file, metaSheet.name(), cellsBySheet.get(metaIndex));
        List<RepSheetCells> reps = new ArrayList<>();
        List<Worded> problems = new ArrayList<>(meta.problems());
        for (PlanMetadata.RepEntry rep : meta.reps()) {
            int index = workbook.sheetIndex(rep.sheet());
            if (index < 0) {
                problems.add(Worded.at(Worded.file(file), Worded.of("read.sheetMissing", rep.sheet(), rep.rep())));
                continue;
            }
            String sheetName = workbook.sheets().get(index).name();
            Map<String, List<NamedCell>> names = new LinkedHashMap<>();
            Map<String, Worded> broken = new HashMap<>();
            placesByScope.getOrDefault(index, Map.of()).forEach((name, places) -> {
                if (places.cells() == null) {
                    names.put(name, null);
                    broken.put(name, places.problem());
                } else {
                    names.put(name, cells(places, cellsBySheet.get(workbook.sheetIndex(places.sheet()))));
                }
            });
            reps.add(new RepSheetCells(rep.rep(), sheetName, rep.team(), names, broken));
        }
        return new FilledWorkbook(file, meta.planId(), meta.year(), meta.language(), meta.stages(), reportMonth(workbook, placesByScope, cellsBySheet),
                reps, problems);
    }

    /** One sheet's wanted cells, or what stopped its reading. */
    private record SheetRead(Map<Long, RawCell> cells, RuntimeException failure) {
    }

    /**
     * Reads a few sheets at once, on every core: a master's 1,000 rep sheets were 43% of its
     * variance run (JFR). Their parts are opened here, one after the other, as the zip's reader
     * wants; each is then parsed on its own thread by a parser of its own. Failures are handed
     * back in their places, so the caller meets the first in workbook order, as before.
     */
    private static List<SheetRead> readSheets(XlsxPackage pkg, WorkbookXml workbook, List<Integer> sheets, List<SheetCells.Wanted> wants,
                                              CellFormats formats) {
        List<XmlCursor> parts = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        try {
            for (int index : sheets) {
                WorkbookXml.Sheet sheet = workbook.sheets().get(index);
                try {
                    parts.add(pkg.related(sheet.relationshipId(), "sheet " + sheet.name()));
                    failures.add(null);
                } catch (RuntimeException e) {
                    parts.add(null);
                    failures.add(e);
                }
            }
            return IntStream.range(0, sheets.size()).parallel().mapToObj(k -> {
                if (parts.get(k) == null) {
                    return new SheetRead(null, failures.get(k));
                }
                try {
                    return new SheetRead(SheetCells.read(parts.get(k), wants.get(k), formats), null);
                } catch (RuntimeException e) {
                    return new SheetRead(null, e);
                }
            }).toList();
        } finally {
            parts.stream().filter(part -> part != null).forEach(XmlCursor::close);
        }
    }

    /** Shared-string cells become text; an index the part does not have becomes an unreadable cell, never a blank. */
    private static void resolveSharedStrings(XlsxPackage pkg, Set<Integer> strings, Map<Integer, Map<Long, RawCell>> cellsBySheet) {
        if (strings.isEmpty()) {
            return;
        }
        Map<Integer, String> texts = Map.of();
        try (XmlCursor xml = pkg.sharedStrings()) {
            if (xml != null) {
                texts = SharedStrings.read(xml, strings);
            }
        }
        for (Map<Long, RawCell> sheet : cellsBySheet.values()) {
            for (Map.Entry<Long, RawCell> entry : sheet.entrySet()) {
                RawCell cell = entry.getValue();
                if (cell.kind() == RawCell.Kind.SHARED_STRING) {
                    String text = texts.get(cell.sharedString());
                    entry.setValue(text != null ? cell.withText(text) : RawCell.unreadable(cell.row(), cell.col(),
                            RawCell.Unreadable.NO_SUCH_STRING, String.valueOf(cell.sharedString()), cell.formula()));
                }
            }
        }
    }

    private static List<NamedCell> cells(NamedPlaces.Places places, Map<Long, RawCell> sheet) {
        List<NamedCell> cells = new ArrayList<>(places.cells().size());
        for (long key : places.cells()) {
            RawCell cell = sheet == null ? null : sheet.get(key);
            int row = (int) (key >>> 20);
            int col = (int) (key & 0xFFFFF);
            cells.add(new NamedCell(places.sheet(), CellXml.address(key), cell != null ? cell : RawCell.blank(row, col)));
        }
        return cells;
    }

    private static Integer reportMonth(WorkbookXml workbook, Map<Integer, Map<String, NamedPlaces.Places>> placesByScope,
                                       Map<Integer, Map<Long, RawCell>> cellsBySheet) {
        NamedPlaces.Places month = placesByScope.getOrDefault(-1, Map.of()).get(PlanNames.REPORT_MONTH);
        if (month == null || month.cells() == null || month.cells().size() != 1) {
            return null;
        }
        RawCell cell = cells(month, cellsBySheet.get(workbook.sheetIndex(month.sheet()))).get(0).cell();
        if (cell.kind() == RawCell.Kind.NUMBER && cell.number() >= 1 && cell.number() <= 12 && cell.number() == Math.rint(cell.number())) {
            return (int) cell.number();
        }
        return null;
    }
}
