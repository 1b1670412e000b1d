package vn.motcua.reporting.api;

import java.util.List;

/** A report as a table for CSV and XLSX: Vietnamese headings, then one list of cells per row. */
record ReportTable(List<String> headings, List<List<Object>> rows) {
}
