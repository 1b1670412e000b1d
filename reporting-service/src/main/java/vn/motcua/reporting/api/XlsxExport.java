package vn.motcua.reporting.api;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a report as an XLSX workbook: one sheet, a bold heading row in Vietnamese, numbers as numbers
 * (so a spreadsheet sums them), everything else as text. Streaming, so a long overdue list stays small
 * in memory.
 */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] write(String sheetName, List<String> headings, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = heading.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ((SXSSFSheet) sheet).trackAllColumnsForAutoSizing();
            for (int c = 0; c < headings.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }
}
