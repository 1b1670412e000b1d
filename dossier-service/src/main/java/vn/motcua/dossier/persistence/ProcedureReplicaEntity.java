package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.deadline.ProcessingTimeUnit;
import vn.motcua.dossier.domain.intake.IntakeProcedure;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.stream.Collectors;

/** This service's copy of a procedure, as the catalogue topic last described it. */
@Entity
@Table(name = "procedure_replica")
public class ProcedureReplicaEntity extends PanacheEntityBase {

    @Id
    public String code;

    public long version;

    public String status;

    public String name;

    @Column(name = "field_code")
    public String fieldCode;

    @Column(name = "field_name")
    public String fieldName;

    /** Comma-separated levels, such as {@code COMMUNE}. */
    public String levels;

    @Column(name = "processing_unit")
    public String processingUnit;

    @Column(name = "processing_amount")
    public Integer processingAmount;

    /** HH:mm, for SAME_DAY procedures. */
    @Column(name = "cutoff_time")
    public String cutoffTime;

    /** The required documents as the snapshot lists them (JSON array). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String documents;

    @Column(name = "online_level")
    public String onlineLevel;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** How long the procedure takes, as the due-time rules read it. */
    public ProcessingTime processingTime() {
        return ProcessingTime.of(ProcessingTimeUnit.valueOf(processingUnit), processingAmount,
                cutoffTime == null ? null : LocalTime.parse(cutoffTime));
    }

    /** The procedure as intake's rules read it. */
    public IntakeProcedure toIntakeProcedure() {
        return new IntakeProcedure(code, fieldCode, processingTime(),
                Arrays.stream(levels.split(",")).map(String::strip).collect(Collectors.toSet()), isActive());
    }
}
