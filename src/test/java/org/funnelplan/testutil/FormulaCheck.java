package org.funnelplan.testutil;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.formula.ptg.Pxg3D;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test utility for {@link OoxmlValidator}: parses a formula with POI's parser over the workbook,
 * so an undefined name, a function Excel does not have or a badly quoted sheet name shows, and
 * checks that every sheet it names exists and no other workbook is referred to.
 */
final class FormulaCheck {
    private final XSSFEvaluationWorkbook workbook;
    private final ExcelRules book;
    private final String unreadable;

    FormulaCheck(byte[] xlsx, ExcelRules book) {
        this.book = book;
        XSSFEvaluationWorkbook opened = null;
        String why = null;
        try {
            opened = XSSFEvaluationWorkbook.create(new XSSFWorkbook(new ByteArrayInputStream(xlsx)));
        } catch (IOException | RuntimeException e) {
            why = "POI cannot open the workbook to parse formulas: " + e;
        }
        this.workbook = opened;
        this.unreadable = why;
    }

    /** Why the formula would not load in Excel, or null. */
    String problem(String formula, FormulaType type, int sheetIndex) {
        if (workbook == null) {
            return unreadable;
        }
        Ptg[] ptgs;
        try {
            ptgs = FormulaParser.parse(formula, workbook, type, sheetIndex);
        } catch (FormulaParseException | IllegalArgumentException | IllegalStateException e) {
            return "does not parse: " + e.getMessage();
        }
        for (Ptg ptg : ptgs) {
            if (ptg instanceof Pxg pxg) {
                if (pxg.getExternalWorkbookNumber() > 0) {
                    return "refers to another workbook";
                }
                if (pxg.getSheetName() != null && !book.hasSheet(pxg.getSheetName())) {
                    return "refers to a sheet '" + pxg.getSheetName() + "' the workbook does not have";
                }
                if (pxg instanceof Pxg3D range && range.getLastSheetName() != null && !book.hasSheet(range.getLastSheetName())) {
                    return "refers to a sheet '" + range.getLastSheetName() + "' the workbook does not have";
                }
            }
        }
        return null;
    }
}
