package org.funnelplan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

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

    /**
     * The fastest deflate level: a 250,000-lead sheet is 140 MB of XML, and level 1 compresses it
     * about three times faster than the default for a file some 15% larger.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
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
