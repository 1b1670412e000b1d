package vn.motcua.procedure.api;

import jakarta.ws.rs.core.MediaType;
import vn.motcua.procedure.application.ImportRow;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.domain.UnitKind;
import vn.motcua.platform.rules.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The CSV form of a unit import: {@code code,name,kind,agencyCode}, one unit per row. */
final class UnitImportCsv {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "agencyCode");
    static final Set<String> REQUIRED = Set.copyOf(COLUMNS);

    private UnitImportCsv() {
    }

    static List<ImportRow<UnitContent>> read(byte[] body, MediaType type) {
        return ImportCsv.read(body, type, COLUMNS, REQUIRED).stream().map(UnitImportCsv::row).toList();
    }

    private static ImportRow<UnitContent> row(ImportCsv.Row row) {
        List<Violation> errors = new ArrayList<>(row.errors());
        UnitKind kind = ImportCells.enumValue("kind", row.cell("kind"), UnitKind.class, errors);
        return new ImportRow<>(row.row(), row.line(), row.cell("code"),
                new UnitContent(row.cell("name"), kind, row.cell("agencyCode")), errors);
    }
}
