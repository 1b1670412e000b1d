package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A dossier's public state as stored; {@code DossierMapping} turns it into the domain's state and back. */
@Entity
@Table(name = "dossier")
public class DossierEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    @Column(name = "procedure_code")
    public String procedureCode;

    @Column(name = "field_code")
    public String fieldCode;

    @Column(name = "processing_unit")
    public String processingUnit;

    @Column(name = "processing_amount")
    public Integer processingAmount;

    @Column(name = "cutoff_time")
    public String cutoffTime;

    @Column(name = "receiving_unit_code")
    public String receivingUnitCode;

    @Column(name = "competent_unit_code")
    public String competentUnitCode;

    public String channel;

    @Column(name = "owner_subject")
    public String ownerSubject;

    /** PERSON or ORGANISATION: the public state's word on the applicant, identifying nobody. */
    @Column(name = "applicant_kind")
    public String applicantKind;

    /** In what capacity a representative handed it in; null when the applicant did. */
    @Column(name = "representative_capacity")
    public String representativeCapacity;

    public String status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "clock_started_at")
    public Instant clockStartedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "paused_working_seconds")
    public long pausedWorkingSeconds;

    @Column(name = "paused_since")
    public Instant pausedSince;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public String outcome;

    @Column(name = "result_as_file")
    public Boolean resultAsFile;

    public String timeliness;

    @Column(name = "new_appointment_at")
    public Instant newAppointmentAt;

    @Column(name = "reason_code")
    public String reasonCode;

    /** JSON array of what the supplement request listed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_documents")
    public String missingDocuments;

    @Column(name = "overdue_notified")
    public boolean overdueNotified;

    public Integer rating;

    @Column(name = "documents_total")
    public int documentsTotal;

    @Column(name = "documents_as_files")
    public int documentsAsFiles;

    public long sequence;

    /** Optimistic lock: two conflicting actions on one dossier cannot both commit. */
    @Version
    public Long revision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
