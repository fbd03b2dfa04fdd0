package org.funnelplan.actuals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.funnelplan.actuals.FilledWorkbook.NamedCell;
import org.funnelplan.actuals.FilledWorkbook.RepSheetCells;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;
import org.funnelplan.model.Stage;

/**
 * Reads a filled funnelplan workbook without loading it: workbook.xml for the sheets and defined
 * names, the styles (which number formats are dates), then only the sheets those names point to
 * (and the metadata sheet), streamed, keeping only the named cells, then only the shared strings
 * those cells use. A lead sheet of a quarter of a million rows is never opened.
 */
public final class FilledWorkbookReader {
    static final String METADATA_SHEET = "funnelplan";
    /** The sheet-scoped names funnelplan writes; users' own names are left alone. */
    private static final Pattern OUR_NAMES = Pattern.compile(
            "Rep_Name|Target_\\w+|Input_\\w+|Rate_\\w+|WinProb_\\w+|Plan_\\w+|PreYear_\\w+|Actual_\\w+|PlanToDate_\\w+|Variance_\\w+");
    private static final String REPORT_MONTH = "Report_Month";

    private FilledWorkbookReader() {
    }

    public static FilledWorkbook read(Path path) {
        String file = path.toString();
        try (XlsxPackage pkg = XlsxPackage.open(path)) {
            return read(pkg);
        } catch (IOException e) {
            throw new InputException(file, problem(e));
        } catch (XMLStreamException e) {
            if (XlsxPackage.isZipBomb(e)) {
                throw new InputException(file, XlsxPackage.zipBomb(e));
            }
            throw new InputException(file, "corrupt .xlsx: the XML cannot be read (%s)".formatted(XlsxPackage.oneLine(e)));
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new InputException(file, problem(cause));
        }
    }

    private static String problem(Throwable e) {
        if (XlsxPackage.isZipBomb(e)) {
            return XlsxPackage.zipBomb(e);
        }
        return "corrupt .xlsx: " + XlsxPackage.oneLine(e);
    }

    private static FilledWorkbook read(XlsxPackage pkg) throws IOException, XMLStreamException {
        String file = pkg.file();
        WorkbookXml workbook;
        try (InputStream in = pkg.workbookXml()) {
            workbook = WorkbookXml.read(in);
        }
        int metaIndex = workbook.sheetIndex(METADATA_SHEET);
        if (metaIndex < 0) {
            throw new InputException(file, "not a funnelplan workbook: it has no '%s' metadata sheet; variance and history read workbooks written by 'funnelplan generate'"
                    .formatted(METADATA_SHEET));
        }

        // Which cells of which sheet the names point to.
        Map<Integer, Map<String, List<NamedCell>>> placesBySheet = new HashMap<>(); // scope (-1: workbook) -> name -> cells
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (WorkbookXml.Name name : workbook.names()) {
            boolean ours = name.sheetIndex() >= 0 && OUR_NAMES.matcher(name.name()).matches()
                    || name.sheetIndex() < 0 && name.name().equals(REPORT_MONTH);
            if (!ours) {
                continue;
            }
            Map<String, List<NamedCell>> scope = placesBySheet.computeIfAbsent(name.sheetIndex(), i -> new LinkedHashMap<>());
            List<NamedCell> places = new ArrayList<>();
            try {
                if (name.refersTo().contains("#REF")) {
                    throw new IllegalArgumentException("#REF!");
                }
                AreaReference area = new AreaReference(name.refersTo(), SpreadsheetVersion.EXCEL2007);
                for (CellReference ref : area.getAllReferencedCells()) {
                    String sheet = ref.getSheetName();
                    if (sheet == null || workbook.sheetIndex(sheet) < 0) {
                        throw new IllegalArgumentException("no sheet " + sheet);
                    }
                    places.add(new NamedCell(sheet, new CellReference(ref.getRow(), ref.getCol()).formatAsString(), null));
                    wanted.computeIfAbsent(sheet.toLowerCase(Locale.ROOT), s -> new HashSet<>())
                            .add(RawCell.key(ref.getRow(), ref.getCol()));
                }
            } catch (RuntimeException e) {
                scope.put(name.name(), null); // broken: the rep's check names it
                continue;
            }
            scope.put(name.name(), places);
        }

        // The styles, once: a number typed as 3/4 is stored as a date and must not count as 46,085.
        CellFormats formats = CellFormats.NONE;
        try (InputStream in = pkg.styles()) {
            if (in != null) {
                formats = CellFormats.read(in);
            }
        }

        // Stream each sheet once, in workbook order.
        Map<String, Map<Long, RawCell>> cellsBySheet = new HashMap<>();
        Set<Integer> strings = new HashSet<>();
        for (int i = 0; i < workbook.sheets().size(); i++) {
            WorkbookXml.Sheet sheet = workbook.sheets().get(i);
            String lower = sheet.name().toLowerCase(Locale.ROOT);
            Set<Long> cells = i == metaIndex ? null : wanted.get(lower);
            if (i != metaIndex && cells == null) {
                continue;
            }
            try (InputStream in = pkg.related(sheet.relationshipId(), "sheet '" + sheet.name() + "'")) {
                Map<Long, RawCell> read = SheetCells.read(in, cells, formats);
                read.values().stream().filter(c -> c.kind() == RawCell.Kind.SHARED_STRING)
                        .forEach(c -> strings.add(c.sharedString()));
                cellsBySheet.put(lower, read);
            }
        }
        Map<Integer, String> texts = Map.of();
        if (!strings.isEmpty()) {
            try (InputStream in = pkg.sharedStrings()) {
                if (in == null) {
                    throw new InputException(file, "corrupt .xlsx: cells refer to shared strings, but the workbook has none");
                }
                texts = SharedStrings.read(in, strings);
            }
        }
        for (Map<Long, RawCell> sheet : cellsBySheet.values()) {
            for (Map.Entry<Long, RawCell> entry : sheet.entrySet()) {
                RawCell cell = entry.getValue();
                if (cell.kind() == RawCell.Kind.SHARED_STRING) {
                    entry.setValue(cell.withText(texts.getOrDefault(cell.sharedString(), "")));
                }
            }
        }

        Metadata meta = Metadata.of(file, workbook.sheets().get(metaIndex).name(),
                cellsBySheet.get(workbook.sheets().get(metaIndex).name().toLowerCase(Locale.ROOT)));
        List<RepSheetCells> reps = new ArrayList<>();
        for (Metadata.RepEntry rep : meta.reps()) {
            int index = workbook.sheetIndex(rep.sheet());
            if (index < 0) {
                throw new InputException(file, "the sheet '%s' of rep %s is missing (renamed or deleted?); funnelplan finds a rep's sheet by the name it gave it"
                        .formatted(rep.sheet(), rep.rep()));
            }
            String sheetName = workbook.sheets().get(index).name();
            Map<String, List<NamedCell>> names = new LinkedHashMap<>();
            placesBySheet.getOrDefault(index, Map.of()).forEach((name, places) ->
                    names.put(name, places == null ? null : resolve(places, cellsBySheet)));
            reps.add(new RepSheetCells(rep.rep(), sheetName, names));
        }
        Integer reportMonth = null;
        List<NamedCell> month = placesBySheet.getOrDefault(-1, Map.of()).get(REPORT_MONTH);
        if (month != null && month.size() == 1) {
            RawCell cell = resolve(month, cellsBySheet).get(0).cell();
            if (cell.kind() == RawCell.Kind.NUMBER && cell.number() >= 1 && cell.number() <= 12 && cell.number() == Math.rint(cell.number())) {
                reportMonth = (int) cell.number();
            }
        }
        return new FilledWorkbook(file, meta.planId(), meta.year(), meta.stages(), reportMonth, reps);
    }

    private static List<NamedCell> resolve(List<NamedCell> places, Map<String, Map<Long, RawCell>> cellsBySheet) {
        List<NamedCell> cells = new ArrayList<>(places.size());
        for (NamedCell place : places) {
            CellReference ref = new CellReference(place.address());
            Map<Long, RawCell> sheet = cellsBySheet.getOrDefault(place.sheet().toLowerCase(Locale.ROOT), Map.of());
            RawCell cell = sheet.get(RawCell.key(ref.getRow(), ref.getCol()));
            cells.add(new NamedCell(place.sheet(), place.address(), cell != null ? cell : RawCell.blank(ref.getRow(), ref.getCol())));
        }
        return cells;
    }

    /** The metadata sheet's rows: key in column A, values after it. */
    record Metadata(String planId, int year, FunnelStages stages, List<RepEntry> reps) {
        record RepEntry(String rep, String sheet) {
        }

        static Metadata of(String file, String sheet, Map<Long, RawCell> cells) {
            Map<Integer, List<String>> rows = new java.util.TreeMap<>();
            for (RawCell cell : cells.values()) {
                String text = cell.kind() == RawCell.Kind.TEXT ? cell.text()
                        : cell.kind() == RawCell.Kind.NUMBER ? cell.describe() : "";
                List<String> row = rows.computeIfAbsent(cell.row(), r -> new ArrayList<>());
                while (row.size() <= cell.col()) {
                    row.add("");
                }
                row.set(cell.col(), text);
            }
            String where = file + ", sheet " + sheet;
            String planId = null;
            Integer year = null;
            String handover = null;
            List<Stage> stages = new ArrayList<>();
            List<RepEntry> reps = new ArrayList<>();
            for (List<String> row : rows.values()) {
                String key = row.get(0).trim();
                String a = row.size() > 1 ? row.get(1).trim() : "";
                String b = row.size() > 2 ? row.get(2).trim() : "";
                switch (key) {
                    case "plan_id" -> planId = a;
                    case "year" -> year = parseYear(a);
                    case "handover" -> handover = a;
                    case "stage" -> stages.add(new Stage(a, b.isEmpty() ? Stage.named(a).key() : b));
                    case "rep" -> reps.add(new RepEntry(a, b));
                    default -> {
                    }
                }
            }
            if (planId == null || planId.isEmpty() || year == null || stages.size() < 2 || reps.isEmpty()) {
                throw new InputException(where, "the funnelplan metadata is damaged (plan id, year, stages or reps missing); use the workbook as funnelplan wrote it");
            }
            int handoverIndex = 1;
            for (int s = 0; s < stages.size() - 1; s++) {
                if (stages.get(s).name().equals(handover)) {
                    handoverIndex = s;
                }
            }
            return new Metadata(planId, year, new FunnelStages(stages, handoverIndex), reps);
        }

        private static Integer parseYear(String text) {
            try {
                return (int) Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
