package vn.motcua.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;
import vn.motcua.platform.rules.Violation;
import vn.motcua.procedure.domain.Codes;
import vn.motcua.procedure.domain.ImportAction;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.persistence.UnitEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports administrative units (province admin): every row is an upsert by code, checked first against
 * the rules of {@code PUT /api/v1/units/{code}} and against the other rows; one invalid row and nothing
 * is written. Otherwise each row goes through {@link ReferenceDataService#putUnit}, so each change is
 * published on the units topic as usual, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class UnitImportService {

    /** How many rows are written between two clears of the persistence context. */
    private static final int ROWS_PER_CLEAR = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    ReferenceDataService reference;

    /**
     * Checks every row and, unless {@code dryRun}, writes them. Throws {@link ImportRejectedException}
     * when any row is invalid.
     */
    @IdempotentUseCase
    public ImportReport importUnits(List<ImportRow<UnitContent>> rows, boolean dryRun) {
        ImportLimits.requireWithin(rows.size());
        List<UnitEntity> units = UnitEntity.listAll();
        Map<String, UnitEntity> byCode = units.stream().collect(Collectors.toMap(unit -> unit.code, Function.identity()));
        Map<String, UnitEntity> byAgency = units.stream().collect(Collectors.toMap(unit -> unit.agencyCode, Function.identity()));
        Map<Integer, List<Integer>> sameCode = ImportDuplicates.of(rows, ImportRow::code);
        Map<Integer, List<Integer>> sameAgency = ImportDuplicates.of(rows, UnitImportService::agencyCode);

        List<ImportResult> results = new ArrayList<>();
        for (ImportRow<UnitContent> row : rows) {
            if (row.unreadable()) {
                results.add(new ImportResult(row.row(), row.line(), null, ImportAction.INVALID, row.readErrors()));
                continue;
            }
            List<Violation> errors = new ArrayList<>(row.readErrors());
            if (!Codes.isUnitCode(row.code())) {
                errors.add(new Violation("code", row.code() == null ? "is required" : Codes.UNIT_RULE));
            } else if (sameCode.containsKey(row.row())) {
                errors.add(new Violation("code", "is given in " + ImportDuplicates.rows(sameCode.get(row.row()))
                        + "; an import gives each unit once"));
            }
            if (row.content() != null) {
                errors.addAll(row.withoutUnreadable(row.content().violations(row.code())));
                errors.addAll(agencyViolations(row, byAgency.get(row.content().agencyCode()), sameCode, sameAgency));
            }
            results.add(new ImportResult(row.row(), row.line(), row.code(),
                    errors.isEmpty() ? action(row.content(), byCode.get(row.code())) : ImportAction.INVALID, errors));
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

    /** Each unit has its own agency code: not another row's, not another unit's. */
    private static List<Violation> agencyViolations(ImportRow<UnitContent> row, UnitEntity holder,
                                                    Map<Integer, List<Integer>> sameCode,
                                                    Map<Integer, List<Integer>> sameAgency) {
        if (sameAgency.containsKey(row.row()) && !sameCode.containsKey(row.row())) {
            return List.of(new Violation("agencyCode", "is given to " + ImportDuplicates.rows(sameAgency.get(row.row()))
                    + "; each unit has its own"));
        }
        if (holder != null && !holder.code.equals(row.code())) {
            // even when this file gives that unit another agency code: units are written one by one, and the
            // database keeps agency codes unique at every step
            return List.of(new Violation("agencyCode", "is the agency code of unit " + holder.code
                    + " already; each unit has its own"));
        }
        return List.of();
    }

    /** The same comparison ReferenceDataService.putUnit makes, so UNCHANGED here is a no-op there. */
    private static ImportAction action(UnitContent content, UnitEntity current) {
        if (current == null) {
            return ImportAction.CREATED;
        }
        boolean same = current.name.equals(content.name().strip()) && current.kind == content.kind()
                && Objects.equals(current.agencyCode, content.agencyCode());
        return same ? ImportAction.UNCHANGED : ImportAction.UPDATED;
    }

    private void write(List<ImportRow<UnitContent>> rows, List<ImportResult> results) {
        for (int i = 0; i < rows.size(); i++) {
            if (i % ROWS_PER_CLEAR == 0) {
                // every query flushes first, checking each entity the session holds: keep the session small
                entityManager.flush();
                entityManager.clear();
            }
            ImportAction action = results.get(i).action();
            if (action == ImportAction.CREATED || action == ImportAction.UPDATED) {
                reference.putUnit(rows.get(i).code(), rows.get(i).content(), OptionalLong.empty());
            }
        }
    }

    private static String agencyCode(ImportRow<UnitContent> row) {
        return row.content() == null || !Codes.isAgencyCode(row.content().agencyCode()) ? null : row.content().agencyCode();
    }
}
