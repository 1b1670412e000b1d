package vn.motcua.reporting.api;

import vn.motcua.reporting.application.ReportRows;
import vn.motcua.reporting.domain.Criterion;
import vn.motcua.reporting.domain.Digitization;
import vn.motcua.reporting.domain.Figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The tables of the CSV and XLSX exports, one per report: Vietnamese headings and the same numbers as the
 * report's JSON body.
 */
final class ReportTables {

    static final List<String> FIGURE_HEADINGS = List.of("Tiếp nhận mới", "Từ kỳ trước chuyển sang", "Tổng số phải giải quyết",
            "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đã giải quyết",
            "Đang giải quyết trong hạn", "Đang giải quyết quá hạn", "Từ chối tiếp nhận", "Rút hồ sơ",
            "Tỷ lệ trễ hạn", "Tỷ lệ đúng hạn", "Tỷ lệ giải quyết trước và đúng hạn", "Rút hồ sơ sau tiếp nhận");

    /** After the figures (and, by unit, what was received for other units), so earlier columns keep their places. */
    static final List<String> DIGITIZATION_HEADINGS = List.of("Giấy tờ tiếp nhận", "Giấy tờ đã số hóa",
            "Trong đó quét tại bộ phận một cửa", "Tỷ lệ giấy tờ được số hóa", "Kết quả điện tử đã lưu",
            "Trong đó có chữ ký số", "Tỷ lệ kết quả điện tử");

    private static final Map<Criterion.Status, String> STATUS_NAMES = Map.of(
            Criterion.Status.COMPUTED, "Đã tính",
            Criterion.Status.NO_DATA, "Không có số liệu trong kỳ",
            Criterion.Status.NOT_COMPUTABLE, "Chưa tính được");

    private ReportTables() {
    }

    static ReportTable of(SummaryReport report) {
        return new ReportTable(FIGURE_HEADINGS, List.of(cells(report.figures())));
    }

    static ReportTable of(UnitReport report) {
        List<String> headings = headings("Mã đơn vị", "Tên đơn vị");
        headings.add("Tiếp nhận cho đơn vị khác");
        headings.addAll(DIGITIZATION_HEADINGS);
        List<List<Object>> table = new ArrayList<>();
        for (ReportRows.UnitRow row : report.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.unitCode(), row.unitName()));
            cells.addAll(cells(row.figures()));
            cells.add(row.receivedForOtherUnits());
            cells.addAll(cells(row.digitization()));
            table.add(cells);
        }
        return new ReportTable(headings, table);
    }

    static ReportTable of(FieldReport report) {
        List<List<Object>> table = new ArrayList<>();
        for (ReportRows.FieldRow row : report.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.fieldCode(), row.fieldName()));
            cells.addAll(cells(row.figures()));
            cells.addAll(cells(row.digitization()));
            table.add(cells);
        }
        List<String> headings = headings("Mã lĩnh vực", "Tên lĩnh vực");
        headings.addAll(DIGITIZATION_HEADINGS);
        return new ReportTable(headings, table);
    }

    static ReportTable of(ProcedureReport report) {
        List<List<Object>> table = new ArrayList<>();
        for (ReportRows.ProcedureRow row : report.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.procedureCode(), row.procedureName(), row.fieldCode()));
            cells.addAll(cells(row.figures()));
            table.add(cells);
        }
        return new ReportTable(headings("Mã thủ tục", "Tên thủ tục", "Mã lĩnh vực"), table);
    }

    static ReportTable of(TimeseriesReport report) {
        List<List<Object>> table = new ArrayList<>();
        report.rows().forEach(row -> table.add(List.of(row.periodStart(), row.received(), row.resolvedEarly(),
                row.resolvedOnTime(), row.resolvedLate())));
        return new ReportTable(List.of("Kỳ (ngày bắt đầu)", "Tiếp nhận mới", "Đã giải quyết trước hạn",
                "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn"), table);
    }

    static ReportTable of(OverdueReport report) {
        List<List<Object>> table = new ArrayList<>();
        report.rows().forEach(row -> table.add(List.of(row.dossierCode(), row.procedureCode(), row.procedureName(),
                row.competentUnitCode(), row.unitName(), row.dueAt(), row.daysOverdue())));
        return new ReportTable(List.of("Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Mã đơn vị", "Tên đơn vị", "Hạn giải quyết",
                "Số ngày quá hạn"), table);
    }

    static ReportTable of(Index766Report report) {
        List<List<Object>> table = new ArrayList<>();
        // Arrays.asList: a group without a score has null there, and may have no note
        report.criteria().forEach(criterion -> table.add(Arrays.asList(criterion.name(), criterion.maximum(),
                criterion.score(), STATUS_NAMES.get(criterion.status()), criterion.formula(), criterion.counts().toString(),
                criterion.note())));
        table.add(Arrays.asList("Tổng (các nhóm tính được)", report.maximumComputed(), report.total(), null,
                "tổng điểm các nhóm tính được, trên tổng trọng số của chúng; thang điểm " + report.maximum(), null, null));
        return new ReportTable(List.of("Nhóm tiêu chí", "Điểm tối đa", "Điểm", "Trạng thái", "Công thức", "Số liệu", "Ghi chú"),
                table);
    }

    private static List<Object> cells(Figures figures) {
        List<Object> cells = new ArrayList<>(List.of(figures.received(), figures.carriedOver(), figures.toProcess(),
                figures.resolvedEarly(), figures.resolvedOnTime(), figures.resolvedLate(), figures.resolved(),
                figures.inProgressNotYetDue(), figures.inProgressOverdue(), figures.refused(), figures.withdrawn()));
        // the rates may be null (nothing to process), which List.of refuses
        cells.add(figures.lateRate());
        cells.add(figures.onTimeRate());
        cells.add(figures.onTimeShare());
        // added after the rates, so that the columns exports had before keep their places
        cells.add(figures.withdrawnAfterReception());
        return cells;
    }

    private static List<Object> cells(Digitization digitization) {
        // a share is null when nothing was received or resolved, which List.of refuses
        return Arrays.asList(digitization.documentsReceived(), digitization.documentsDigitized(),
                digitization.documentsScanned(), digitization.shareDigitized(), digitization.resultsStored(),
                digitization.resultsSigned(), digitization.shareResultsStored());
    }

    private static List<String> headings(String... first) {
        List<String> headings = new ArrayList<>(List.of(first));
        headings.addAll(FIGURE_HEADINGS);
        return headings;
    }
}
