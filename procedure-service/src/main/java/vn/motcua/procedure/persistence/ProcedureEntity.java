package vn.motcua.procedure.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.motcua.platform.events.EventJson;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.ProcedureStatus;
import vn.motcua.procedure.domain.SearchText;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A procedure as it currently stands. Its content is kept as JSON; the columns beside it are what the
 * catalogue filters and searches on.
 */
@Entity
@Table(name = "procedure")
public class ProcedureEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "field_code")
    public String fieldCode;

    /** Comma-separated, such as {@code PROVINCE,COMMUNE}. */
    public String levels;

    @Enumerated(EnumType.STRING)
    public ProcedureStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "search_text")
    public String searchText;

    /** Hibernate's optimistic lock, from 0; the version the API and events show is one more. */
    @Version
    public Long revision;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public ProcedureContent content() {
        return EventJson.read(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), ProcedureContent.class);
    }

    /** Sets the content and the columns derived from it. */
    public void content(ProcedureContent newContent) {
        content = new String(EventJson.write(newContent), java.nio.charset.StandardCharsets.UTF_8);
        name = newContent.name();
        fieldCode = newContent.fieldCode();
        levels = newContent.levels().stream().map(Level::name).sorted().collect(Collectors.joining(","));
        searchText = SearchText.fold(newContent.name() + " " + code);
    }

    public List<Level> levelList() {
        return Arrays.stream(levels.split(",")).map(Level::valueOf).toList();
    }

    /** The version as published: 1 for a new one, one more at every change. */
    public long version() {
        return revision + 1;
    }
}
