package vn.motcua.reporting.application;

import vn.motcua.reporting.domain.Digitization;
import vn.motcua.reporting.domain.Figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The rows reports are made of. */
public final class ReportRows {

    private ReportRows() {
    }

    /**
     * A unit's figures, with how many dossiers its centre received for other units in the period, how many of
     * the documents handed in have a digitized copy and how many results were issued as stored electronic files.
     */
    public record UnitRow(String unitCode, String unitName, Figures figures, long receivedForOtherUnits,
                          Digitization digitization) {
    }

    /**
     * A field's figures, with how many of the documents handed in have a digitized copy and how many results were
     * issued as stored electronic files.
     */
    public record FieldRow(String fieldCode, String fieldName, Figures figures, Digitization digitization) {
    }

    public record ProcedureRow(String procedureCode, String procedureName, String fieldCode, Figures figures) {
    }

    /** One bucket of a time series: what was received and resolved in it. */
    public record PeriodRow(LocalDate periodStart, long received, long resolvedEarly, long resolvedOnTime, long resolvedLate) {
    }

    /** An open dossier past its due time as of the end of the period; codes and dates only. */
    public record OverdueRow(String dossierCode, String procedureCode, String procedureName, String competentUnitCode,
                             String unitName, OffsetDateTime dueAt, long daysOverdue) {
    }
}
