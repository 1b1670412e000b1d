package vn.motcua.dossier.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A year of the working calendar that is stored. Its version is advanced by an explicit
 * compare-and-set ({@link CalendarYearRepository#advanceVersion}), not by JPA dirty checking, so that a
 * concurrent write fails before any day is touched.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

    @Id
    public Integer year;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
