package vn.motcua.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Figures;
import vn.motcua.reporting.domain.Granularity;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.persistence.CountSums;
import vn.motcua.reporting.persistence.DossierRows;
import vn.motcua.reporting.persistence.ReferenceNameRows;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the province's reports, exactly as DOMAIN.md defines them: the figures from the pre-aggregated
 * counts ({@link CountSums}), the list of overdue dossiers from the per-dossier read model.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    CountSums counts;

    @Inject
    ReferenceNameRows names;

    @Inject
    DossierRows dossiers;

    public Figures summary(ReportScope scope) {
        return counts.sums(scope, Optional.empty()).get(0).figures();
    }

    public List<ReportRows.UnitRow> byUnit(ReportScope scope) {
        Map<String, String> units = names.units();
        List<ReportRows.UnitRow> result = new ArrayList<>();
        for (CountSums.Sums unit : counts.sums(scope, Optional.of(Dimension.UNIT))) {
            result.add(new ReportRows.UnitRow(unit.key(), units.getOrDefault(unit.key(), unit.key()), unit.figures(),
                    unit.receivedForOtherUnits(), unit.digitization()));
        }
        // the province ranks its units: best on-time rate first, then the most work
        result.sort(Comparator.comparing((ReportRows.UnitRow row) -> row.figures().onTimeRate(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(row -> row.figures().toProcess(), Comparator.reverseOrder())
                .thenComparing(ReportRows.UnitRow::unitCode));
        return result;
    }

    public List<ReportRows.FieldRow> byField(ReportScope scope) {
        Map<String, String> fields = names.fields();
        return counts.sums(scope, Optional.of(Dimension.FIELD)).stream()
                .sorted(Comparator.comparing(CountSums.Sums::key))
                .map(field -> new ReportRows.FieldRow(field.key(), fields.getOrDefault(field.key(), field.key()), field.figures(),
                        field.digitization()))
                .toList();
    }

    public List<ReportRows.ProcedureRow> byProcedure(ReportScope scope) {
        Map<String, String> procedures = names.procedures();
        return counts.sums(scope, Optional.of(Dimension.PROCEDURE)).stream()
                .sorted(Comparator.comparing(CountSums.Sums::key))
                .map(procedure -> new ReportRows.ProcedureRow(procedure.key(),
                        procedures.getOrDefault(procedure.key(), procedure.key()), procedure.fieldCode(), procedure.figures()))
                .toList();
    }

    public List<ReportRows.PeriodRow> timeseries(ReportScope scope, Granularity granularity) {
        return counts.series(scope, granularity).stream()
                .map(bucket -> new ReportRows.PeriodRow(bucket.start(), bucket.received(), bucket.early(), bucket.onTime(),
                        bucket.late()))
                .toList();
    }

    /** The dossiers open and past due at the end of the period, most overdue first (10,000 at most). */
    public List<ReportRows.OverdueRow> overdue(ReportScope scope) {
        Map<String, String> procedures = names.procedures();
        Map<String, String> units = names.units();
        return dossiers.overdue(scope).stream()
                .map(dossier -> new ReportRows.OverdueRow(dossier.code(), dossier.procedureCode(),
                        procedures.getOrDefault(dossier.procedureCode(), dossier.procedureCode()), dossier.competentUnitCode(),
                        units.getOrDefault(dossier.competentUnitCode(), dossier.competentUnitCode()), dossier.dueAt(),
                        ChronoUnit.DAYS.between(dossier.dueAt().toLocalDate(), scope.to())))
                .toList();
    }
}
