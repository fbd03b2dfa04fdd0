package org.funnelplan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SXSSF with one quadratic step removed: on write, POI finds the sheet behind each zip entry by
 * walking all sheets and URI-encoding each one's part name, which for a thousand rep sheets is
 * millions of encodings. Here that is one map, built once per write.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    private Map<String, XSSFSheet> sheetsByEntry;

    StreamingWorkbook(XSSFWorkbook workbook, int rowWindow) {
        super(workbook, rowWindow);
    }

    @Override
    public void write(OutputStream stream) throws IOException {
        sheetsByEntry = null;
        try {
            super.write(stream);
        } finally {
            sheetsByEntry = null;
        }
    }

    @Override
    protected XSSFSheet getSheetFromZipEntryName(String sheetRef) {
        if (sheetsByEntry == null) {
            Map<String, XSSFSheet> byEntry = new HashMap<>();
            for (Sheet sheet : getXSSFWorkbook()) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                byEntry.put(xssf.getPackagePart().getPartName().getName().substring(1), xssf);
            }
            sheetsByEntry = byEntry;
        }
        return sheetsByEntry.get(sheetRef);
    }
}
