package org.funnelplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;

/** Test helper: a plan written to bytes, and its parts as text by zip entry name. */
final class WrittenPlans {
    private WrittenPlans() {
    }

    static byte[] write(Plan plan) throws IOException {
        return write(MarketingPlan.of(plan, null, null));
    }

    static byte[] write(MarketingPlan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        return out.toByteArray();
    }

    static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
