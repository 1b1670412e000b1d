package vn.motcua.procedure.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** procedure-service's own settings ({@code motcua.catalog.*}). */
@ConfigMapping(prefix = "motcua.catalog")
public interface CatalogConfig {

    /** The national code of the province this deployment serves (Nghệ An is 40). */
    @WithName("province-code")
    @WithDefault("40")
    String provinceCode();

    /**
     * The public page of a procedure, which its QR code encodes; {@code {code}} is replaced by the
     * procedure code. Point it at the province's portal.
     */
    @WithName("public-procedure-url")
    @WithDefault("http://localhost:3000/thu-tuc/{code}")
    String publicProcedureUrl();

    /** Load the sample province (Nghệ An and its 130 official units, the sample procedures) when the catalogue is empty. */
    @WithName("sample-data")
    @WithDefault("false")
    boolean sampleData();

    default String publicUrlOf(String procedureCode) {
        return publicProcedureUrl().replace("{code}", procedureCode);
    }
}
