package vn.motcua.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;
import vn.motcua.platform.rules.Violation;
import vn.motcua.procedure.domain.Codes;
import vn.motcua.procedure.domain.ImportAction;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcedureStatus;
import vn.motcua.procedure.persistence.FieldEntity;
import vn.motcua.procedure.persistence.ProcedureEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports procedures (province admin): every row is an upsert by code. All rows are checked first,
 * against the same rules as a single create or update and against each other; one invalid row and
 * nothing is written. Otherwise every row is written through {@link CatalogService}, so each change is
 * a version and an event as usual, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class ProcedureImportService {

    /** How many rows are written between two clears of the persistence context. */
    private static final int ROWS_PER_CLEAR = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    CatalogService catalog;

    /**
     * Checks every row and, unless {@code dryRun}, writes them. Throws {@link ImportRejectedException}
     * when any row is invalid.
     */
    @IdempotentUseCase
    public ImportReport importProcedures(List<ImportRow<ProcedureContent>> rows, boolean dryRun) {
        ImportLimits.requireWithin(rows.size());
        Set<String> fields = FieldEntity.<FieldEntity>listAll().stream().map(field -> field.code).collect(Collectors.toSet());
        Map<String, ProcedureEntity> existing = existing(rows);
        Map<Integer, List<Integer>> sameCode = ImportDuplicates.of(rows, ImportRow::code);

        List<ImportResult> results = new ArrayList<>();
        for (ImportRow<ProcedureContent> row : rows) {
            if (row.unreadable()) {
                results.add(new ImportResult(row.row(), row.line(), null, ImportAction.INVALID, row.readErrors()));
                continue;
            }
            ProcedureEntity current = row.code() == null ? null : existing.get(row.code());
            List<Violation> errors = new ArrayList<>(row.readErrors());
            errors.addAll(codeViolations(row, current, sameCode));
            if (row.content() != null) {
                errors.addAll(row.withoutUnreadable(row.content().violations()));
                errors.addAll(fieldViolations(row.content().fieldCode(), fields));
            }
            results.add(new ImportResult(row.row(), row.line(), row.code(),
                    errors.isEmpty() ? action(row.content(), current) : ImportAction.INVALID, errors));
        }

        ImportReport report = ImportReport.of(dryRun, results);
        if (!report.valid()) {
            throw new ImportRejectedException(report);
        }
        if (!dryRun) {
            write(rows, results);
        }
        return report;
    }

    private static List<Violation> codeViolations(ImportRow<ProcedureContent> row, ProcedureEntity current,
                                                  Map<Integer, List<Integer>> sameCode) {
        if (!Codes.isProcedureCode(row.code())) {
            return List.of(new Violation("code", row.code() == null ? "is required" : Codes.PROCEDURE_RULE));
        }
        if (sameCode.containsKey(row.row())) {
            return List.of(new Violation("code", "is given in " + ImportDuplicates.rows(sameCode.get(row.row()))
                    + "; an import gives each procedure once"));
        }
        if (current != null && current.status == ProcedureStatus.WITHDRAWN) {
            // as PUT refuses to edit it: bringing a withdrawn procedure back is not something an import does silently
            return List.of(new Violation("code", "names a withdrawn procedure; a withdrawn procedure is not changed,"
                    + " by an import or otherwise"));
        }
        return List.of();
    }

    private static List<Violation> fieldViolations(String fieldCode, Set<String> fields) {
        if (Codes.isFieldCode(fieldCode) && !fields.contains(fieldCode)) {
            return List.of(new Violation("fieldCode", "no field has the code " + fieldCode + "; GET /api/v1/fields lists them"));
        }
        return List.of();
    }

    /** The same comparison CatalogService.update makes, so UNCHANGED here is a no-op there. */
    private static ImportAction action(ProcedureContent content, ProcedureEntity current) {
        if (current == null) {
            return ImportAction.CREATED;
        }
        return content.normalised().equals(current.content()) ? ImportAction.UNCHANGED : ImportAction.UPDATED;
    }

    private void write(List<ImportRow<ProcedureContent>> rows, List<ImportResult> results) {
        for (int i = 0; i < rows.size(); i++) {
            if (i % ROWS_PER_CLEAR == 0) {
                // every query flushes first, checking each entity the session holds: keep the session small
                entityManager.flush();
                entityManager.clear();
            }
            ImportRow<ProcedureContent> row = rows.get(i);
            ImportAction action = results.get(i).action();
            if (action == ImportAction.CREATED) {
                catalog.create(row.code(), row.content());
            } else if (action == ImportAction.UPDATED) {
                catalog.update(row.code(), row.content(), OptionalLong.empty());
            }
        }
    }

    private static Map<String, ProcedureEntity> existing(List<ImportRow<ProcedureContent>> rows) {
        List<String> codes = rows.stream().map(ImportRow::code).filter(Codes::isProcedureCode).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        return ProcedureEntity.<ProcedureEntity>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(entity -> entity.code, Function.identity()));
    }
}
