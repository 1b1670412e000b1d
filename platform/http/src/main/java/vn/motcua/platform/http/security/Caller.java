package vn.motcua.platform.http.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.platform.http.problem.ProblemException;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, as the bearer token says: subject, roles and, for an officer, the unit. Use cases
 * ask it for scoping decisions instead of reading JWT claims themselves.
 *
 * <p>A caller is their token's {@code sub}, never the principal name: SmallRye JWT names the principal
 * after {@code upn}, then {@code preferred_username}, and a Keycloak user name can be given up and taken
 * by someone else, who would then own the first user's dossiers.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The token's {@code sub}; 401 for a caller without one (the platform's JWT settings already require it). */
    public String subject() {
        return subjectOf(identity);
    }

    /** The {@code sub} of the token behind an identity, for platform code that holds the identity itself. */
    public static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null && !token.getSubject().isBlank()) {
            return token.getSubject();
        }
        throw new UnauthorizedException("the caller has no token subject");
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The officer's unit code from the {@code unit_code} claim; empty for roles without a unit. */
    public Optional<String> unitCode() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            Object claim = token.getClaim(Roles.UNIT_CLAIM);
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(unquote(claim.toString()));
            }
        }
        return Optional.empty();
    }

    /** Province admins and analysts see the whole province; everyone else is scoped. */
    public boolean seesWholeProvince() {
        return hasRole(Roles.PROVINCE_ADMIN) || hasRole(Roles.ANALYST);
    }

    /** Whether an officer acts for the unit: their token's unit is that unit. */
    public boolean actsFor(String unitCode) {
        return hasRole(Roles.OFFICER) && unitCode().map(unitCode::equals).orElse(false);
    }

    /** 403 unless the caller is an officer of one of the units. */
    public void requireOfficerOf(String... unitCodes) {
        for (String unit : unitCodes) {
            if (actsFor(unit)) {
                return;
            }
        }
        throw ProblemException.forbidden("Only an officer of unit " + String.join(" or ", unitCodes) + " may do this.");
    }

    private static String unquote(String value) {
        // JSON-P string values print with quotes
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
