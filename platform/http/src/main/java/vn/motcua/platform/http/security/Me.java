package vn.motcua.platform.http.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** What the caller's token says about them. */
@Schema(description = "Who the bearer token says you are", example = """
        {"subject": "officer-luong-minh-1", "roles": ["officer"], "unitCode": "16906"}""")
public record Me(
        @Schema(description = "The token's subject (sub)") String subject,
        @Schema(description = "Roles from the groups claim: officer, province_admin, analyst, citizen") Set<String> roles,
        @Schema(description = "The officer's unit code (unit_code claim); absent for roles without a unit", nullable = true)
        String unitCode) {
}
