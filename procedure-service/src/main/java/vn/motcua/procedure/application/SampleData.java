package vn.motcua.procedure.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.domain.UnitContent;
import vn.motcua.procedure.persistence.UnitEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Loads the sample province (Nghệ An) into an empty catalogue when {@code motcua.catalog.sample-data}
 * is on, as {@code ./motcua up} sets it. It goes through the same use cases, and so the same
 * validation and events, as the API. A production deployment leaves it off and loads its own data.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);
    private static final String RESOURCE = "/sample/nghe-an.json";

    /** The sample file's shape. */
    record Sample(List<Field> fields, List<Unit> units, List<Procedure> procedures) {
        record Field(String code, String name) {
        }

        record Unit(String code, String name, vn.motcua.procedure.domain.UnitKind kind, String agencyCode) {
        }
    }

    /** A procedure of the sample file: its code and content. */
    record Procedure(String code, ProcedureContent content) {
    }

    @Inject
    CatalogConfig config;

    @Inject
    ReferenceDataService reference;

    @Inject
    CatalogService catalog;

    @Inject
    ObjectMapper json;

    void onStart(@Observes @Priority(500) StartupEvent start) {
        if (config.sampleData()) {
            load();
        }
    }

    /** Loads the sample into an empty catalogue in one transaction; returns whether it did. */
    @ActivateRequestContext
    public boolean load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (UnitEntity.count() > 0) {
                return false;
            }
            Sample sample = read();
            sample.fields().forEach(field -> reference.putField(field.code(), field.name(), OptionalLong.empty()));
            sample.units().forEach(unit -> reference.putUnit(unit.code(),
                    new UnitContent(unit.name(), unit.kind(), unit.agencyCode()), OptionalLong.empty()));
            sample.procedures().forEach(procedure -> catalog.create(procedure.code(), procedure.content()));
            LOG.infof("Loaded the sample catalogue: %d fields, %d units, %d procedures",
                    sample.fields().size(), sample.units().size(), sample.procedures().size());
            return true;
        });
    }

    private Sample read() {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            com.fasterxml.jackson.databind.JsonNode root = json.readTree(in);
            List<Sample.Field> fields = json.convertValue(root.get("fields"),
                    json.getTypeFactory().constructCollectionType(List.class, Sample.Field.class));
            List<Sample.Unit> units = json.convertValue(root.get("units"),
                    json.getTypeFactory().constructCollectionType(List.class, Sample.Unit.class));
            List<Procedure> procedures = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode node : root.get("procedures")) {
                // the code names the procedure; the rest is its content, read as strictly as an API body
                com.fasterxml.jackson.databind.node.ObjectNode content = node.deepCopy();
                procedures.add(new Procedure(content.remove("code").asText(),
                        json.convertValue(content, ProcedureContent.class)));
            }
            return new Sample(fields, units, procedures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
