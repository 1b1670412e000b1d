package vn.motcua.dossier.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;

/** One write of a year's calendar: who, when, and the year before and after as JSON. */
@Entity
@Table(name = "calendar_audit")
public class CalendarAuditEntity {

    /** Why a year was written. */
    public enum Action {
        /** Loaded from the seed file at start, the year not being stored yet. */
        SEEDED,
        /** Stored by a PUT, the year having been only proposed. */
        CREATED,
        /** A stored year replaced by a PUT. */
        UPDATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int year;

    public long version;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    // the JSON is written as text; the cast lets PostgreSQL store it as jsonb
    @Column(name = "before_calendar", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String beforeCalendar;

    @Column(name = "after_calendar", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String afterCalendar;
}
