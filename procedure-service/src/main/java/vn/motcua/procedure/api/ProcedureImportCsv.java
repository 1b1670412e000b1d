package vn.motcua.procedure.api;

import jakarta.ws.rs.core.MediaType;
import vn.motcua.procedure.application.ImportRow;
import vn.motcua.procedure.domain.DocumentForm;
import vn.motcua.procedure.domain.Fee;
import vn.motcua.procedure.domain.FeeChannel;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.OnlineServiceLevel;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcessingTime;
import vn.motcua.procedure.domain.ProcessingTimeUnit;
import vn.motcua.procedure.domain.RequiredDocument;
import vn.motcua.platform.rules.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CSV form of a procedure import: one procedure per row. Columns are named as the JSON fields
 * are, with the processing time's three parts as {@code processingTime.unit}, {@code .amount} and
 * {@code .cutoffTime}, so an error names the same field in both forms. docs/catalogue-import.md
 * describes each column.
 */
final class ProcedureImportCsv {

    static final List<String> COLUMNS = List.of("code", "name", "fieldCode", "levels", "processingTime.unit",
            "processingTime.amount", "processingTime.cutoffTime", "fees", "documents", "steps", "result", "conditions",
            "legalBasis", "competentAgency", "onlineServiceLevel", "effectiveDate", "announcingDecision", "free");
    static final Set<String> REQUIRED = Set.of("code", "name", "fieldCode", "levels", "processingTime.unit",
            "onlineServiceLevel");

    private ProcedureImportCsv() {
    }

    static List<ImportRow<ProcedureContent>> read(byte[] body, MediaType type) {
        return ImportCsv.read(body, type, COLUMNS, REQUIRED).stream().map(ProcedureImportCsv::row).toList();
    }

    private static ImportRow<ProcedureContent> row(ImportCsv.Row row) {
        List<Violation> errors = new ArrayList<>(row.errors());
        List<Level> levels = new ArrayList<>();
        List<String> levelNames = ImportCells.texts(row.cell("levels"));
        for (int i = 0; i < levelNames.size(); i++) {
            Level level = ImportCells.enumValue("levels[" + i + "]", levelNames.get(i), Level.class, errors);
            if (level != null) {
                levels.add(level);
            }
        }
        ProcessingTime processingTime = new ProcessingTime(
                ImportCells.enumValue("processingTime.unit", row.cell("processingTime.unit"), ProcessingTimeUnit.class, errors),
                ImportCells.wholeNumber("processingTime.amount", row.cell("processingTime.amount"), errors),
                ImportCells.time("processingTime.cutoffTime", row.cell("processingTime.cutoffTime"), errors));
        ProcedureContent content = new ProcedureContent(
                row.cell("name"),
                row.cell("fieldCode"),
                levels,
                processingTime,
                fees(row.cell("fees"), errors),
                ImportCells.yesNo("free", row.cell("free"), errors),
                documents(row.cell("documents"), errors),
                ImportCells.texts(row.cell("steps")),
                row.cell("result"),
                ImportCells.texts(row.cell("conditions")),
                ImportCells.texts(row.cell("legalBasis")),
                row.cell("competentAgency"),
                ImportCells.enumValue("onlineServiceLevel", row.cell("onlineServiceLevel"), OnlineServiceLevel.class, errors),
                ImportCells.date("effectiveDate", row.cell("effectiveDate"), errors),
                row.cell("announcingDecision"));
        return new ImportRow<>(row.row(), row.line(), row.cell("code"), content, errors);
    }

    /** {@code CHANNEL|amount} or {@code CHANNEL|amount|description}, separated by {@code ;}. */
    private static List<Fee> fees(String cell, List<Violation> errors) {
        List<Fee> fees = new ArrayList<>();
        List<List<String>> items = ImportCells.items(cell, true);
        for (int i = 0; i < items.size(); i++) {
            List<String> parts = items.get(i);
            String at = "fees[" + i + "]";
            if (parts.size() < 2 || parts.size() > 3) {
                errors.add(new Violation(at, "must be CHANNEL|amount or CHANNEL|amount|description, such as ONLINE|10000;"
                        + " write \\| for a | inside the description"));
                continue;
            }
            int before = errors.size();
            FeeChannel channel = ImportCells.enumValue(at + ".channel", blankToNull(parts.get(0)), FeeChannel.class, errors);
            BigDecimal amount = ImportCells.amount(at + ".amount", blankToNull(parts.get(1)), errors);
            if (errors.size() == before) {
                fees.add(new Fee(channel, amount, parts.size() == 3 ? blankToNull(parts.get(2)) : null));
            }
        }
        return fees;
    }

    /** {@code name|FORM|copies} or {@code name|FORM|copies|template}, separated by {@code ;}. */
    private static List<RequiredDocument> documents(String cell, List<Violation> errors) {
        List<RequiredDocument> documents = new ArrayList<>();
        List<List<String>> items = ImportCells.items(cell, true);
        for (int i = 0; i < items.size(); i++) {
            List<String> parts = items.get(i);
            String at = "documents[" + i + "]";
            if (parts.size() < 3 || parts.size() > 4) {
                errors.add(new Violation(at, "must be name|FORM|copies or name|FORM|copies|template, such as"
                        + " Giấy chứng sinh|ORIGINAL|1; write \\| for a | and \\; for a ; inside a name or template"));
                continue;
            }
            int before = errors.size();
            DocumentForm form = ImportCells.enumValue(at + ".form", blankToNull(parts.get(1)), DocumentForm.class, errors);
            Integer copies = ImportCells.wholeNumber(at + ".copies", blankToNull(parts.get(2)), errors);
            if (copies == null && errors.size() == before) {
                errors.add(new Violation(at + ".copies", "is required: how many copies, such as 1"));
            }
            if (errors.size() == before) {
                documents.add(new RequiredDocument(blankToNull(parts.get(0)), parts.size() == 4 ? blankToNull(parts.get(3)) : null,
                        copies, form));
            }
        }
        return documents;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
