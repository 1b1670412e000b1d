package vn.motcua.reporting.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Vietnamese),
 * comma-separated, RFC 4180 quoting, Vietnamese headings.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    static byte[] write(List<String> headings, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, headings.stream().map(Object.class::cast).toList());
        rows.forEach(row -> line(csv, row));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(text);
            }
        }
        csv.append("\r\n");
    }
}
