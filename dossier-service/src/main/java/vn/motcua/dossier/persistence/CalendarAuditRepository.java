package vn.motcua.dossier.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The audit trail of the working calendar. */
@ApplicationScoped
public class CalendarAuditRepository implements PanacheRepositoryBase<CalendarAuditEntity, Long> {
}
