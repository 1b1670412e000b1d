package vn.motcua.reporting.api;

import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.Figures;

import java.util.ArrayList;
import java.util.List;

/** The tables of the CSV exports: Vietnamese headings and the same numbers as the JSON answers. */
final class ReportTables {

    static final List<String> FIGURE_HEADINGS = List.of("Tiếp nhận mới", "Từ kỳ trước chuyển sang", "Tổng số phải giải quyết",
            "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đã giải quyết",
            "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Từ chối tiếp nhận", "Rút hồ sơ",
            "Tỷ lệ trễ hạn", "Tỷ lệ đúng hạn", "Tỷ lệ giải quyết trước và đúng hạn");

    private ReportTables() {
    }

    static List<Object> cells(Figures figures) {
        List<Object> cells = new ArrayList<>(List.of(figures.received(), figures.carriedOver(), figures.toProcess(),
                figures.resolvedEarly(), figures.resolvedOnTime(), figures.resolvedLate(), figures.resolved(),
                figures.inProgressNotYetDue(), figures.inProgressOverdue(), figures.refused(), figures.withdrawn()));
        cells.add(figures.lateRate());
        cells.add(figures.onTimeRate());
        cells.add(figures.onTimeShare());
        return cells;
    }

    static List<String> headings(String... first) {
        List<String> headings = new ArrayList<>(List.of(first));
        headings.addAll(FIGURE_HEADINGS);
        return headings;
    }

    static List<List<Object>> units(List<ReportRows.UnitRow> rows) {
        List<List<Object>> table = new ArrayList<>();
        for (ReportRows.UnitRow row : rows) {
            List<Object> cells = new ArrayList<>(List.of(row.unitCode(), row.unitName()));
            cells.addAll(cells(row.figures()));
            cells.add(row.receivedForOtherUnits());
            table.add(cells);
        }
        return table;
    }
}
