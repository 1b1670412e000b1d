package vn.motcua.platform.testing;

import org.jose4j.jwt.JwtClaims;
import vn.motcua.platform.local.SigningKeys;
import vn.motcua.platform.local.TokenMinter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Bearer tokens for tests, signed with the key the services under test trust. */
public final class Tokens {

    private Tokens() {
    }

    public static String officer(String unitCode) {
        return mint("officer-" + unitCode, List.of("officer"), Optional.of(unitCode));
    }

    public static String provinceAdmin() {
        return mint("province-admin", List.of("province_admin"), Optional.empty());
    }

    public static String analyst() {
        return mint("analyst", List.of("analyst"), Optional.empty());
    }

    public static String citizen(String subject) {
        return mint(subject, List.of("citizen"), Optional.empty());
    }

    public static String mint(String subject, List<String> roles, Optional<String> unitCode) {
        return minter(TestInfrastructure.get().signingKeys(), Clock.systemUTC())
                .mint(new TokenMinter.Grant(subject, roles, unitCode, Duration.ofHours(1)));
    }

    /**
     * A citizen's token as Keycloak issues one: its user name ({@code upn} and {@code preferred_username})
     * is not its {@code sub}, and another account may carry the same user name later.
     */
    public static String citizenNamed(String subject, String userName) {
        TokenMinter minter = minter(TestInfrastructure.get().signingKeys(), Clock.systemUTC());
        JwtClaims claims = minter.claims(new TokenMinter.Grant(subject, List.of("citizen"), Optional.empty(), Duration.ofHours(1)));
        claims.setStringClaim("upn", userName);
        claims.setStringClaim("preferred_username", userName);
        return minter.sign(claims);
    }

    /** A token that is well signed and current but names no {@code sub}, only a user name. */
    public static String withoutSubject(String userName, List<String> roles) {
        TokenMinter minter = minter(TestInfrastructure.get().signingKeys(), Clock.systemUTC());
        JwtClaims claims = minter.claims(new TokenMinter.Grant(userName, roles, Optional.empty(), Duration.ofHours(1)));
        claims.unsetClaim("sub");
        claims.setStringClaim("preferred_username", userName);
        return minter.sign(claims);
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByStranger(String subject, List<String> roles) {
        return minter(SigningKeys.generate(), Clock.systemUTC())
                .mint(new TokenMinter.Grant(subject, roles, Optional.empty(), Duration.ofHours(1)));
    }

    /** A token that expired an hour ago. */
    public static String expired(String subject, List<String> roles) {
        Clock twoHoursAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        return minter(TestInfrastructure.get().signingKeys(), twoHoursAgo)
                .mint(new TokenMinter.Grant(subject, roles, Optional.empty(), Duration.ofHours(1)));
    }

    private static TokenMinter minter(SigningKeys keys, Clock clock) {
        return new TokenMinter(keys, TokenMinter.LOCAL_ISSUER, clock);
    }
}
