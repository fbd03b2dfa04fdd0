package org.funnelplan.actuals;

import org.funnelplan.model.InputException;
import org.funnelplan.xlsx.read.Refusal;
import org.funnelplan.xlsx.read.Refusals;

/** The words of a file the way back will not read, in the plan's language once it is known (see {@link Worded}). */
final class FileRefusals implements Refusals {
    static final FileRefusals WORDS = new FileRefusals();
    /** The advice every file of another spreadsheet format gets, in English. */
    static final String SAVE_AS_XLSX = ReportWords.english().get("file.saveAsXlsx");

    private FileRefusals() {
    }

    @Override
    public InputException refuse(String file, Refusal refusal, String detail) {
        Worded problem = switch (refusal) {
            case MISSING -> Worded.of("file.missing");
            case FOLDER -> Worded.of("file.folder");
            case EMPTY -> Worded.of("file.empty");
            case NOT_ZIP -> Worded.of("file.notZip", detail == null ? Worded.of("file.textOrOther") : Worded.plain(detail));
            case ENCRYPTED -> Worded.of("file.encrypted");
            case XLS -> Worded.of("file.xls", Worded.of("file.saveAsXlsx"));
            case ODS -> Worded.of("file.ods", Worded.of("file.saveAsXlsx"));
            case XLSB -> Worded.of("file.xlsb", Worded.of("file.saveAsXlsx"));
        };
        return new WordedInputException(Worded.file(file), problem);
    }
}
