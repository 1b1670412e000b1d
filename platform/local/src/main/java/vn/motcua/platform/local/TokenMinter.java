package vn.motcua.platform.local;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mints the bearer JWTs MotCua's services accept: {@code sub}, {@code groups} (roles) and, for an
 * officer, {@code unit_code}, as DESIGN.md's security section lays out.
 */
public final class TokenMinter {

    /** The issuer the local platform and the tests configure the services with. */
    public static final String LOCAL_ISSUER = "https://motcua.local/issuer";
    /** The claim that carries the roles. */
    public static final String GROUPS_CLAIM = "groups";
    /** The claim that carries an officer's unit code. */
    public static final String UNIT_CLAIM = "unit_code";

    private final SigningKeys keys;
    private final String issuer;
    private final Clock clock;

    public TokenMinter(SigningKeys keys, String issuer, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** What a token says about its bearer. */
    public record Grant(String subject, List<String> roles, Optional<String> unitCode, Duration lifetime) {
        public Grant {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("a token needs a subject");
            }
            roles = List.copyOf(roles);
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("a token's lifetime must be positive");
            }
        }
    }

    public String mint(Grant grant) {
        return sign(claims(grant));
    }

    /** The claims a token for the grant carries, for a caller that changes one of them before {@link #sign}. */
    public JwtClaims claims(Grant grant) {
        long now = clock.instant().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(grant.subject());
        claims.setStringClaim("upn", grant.subject());
        claims.setStringListClaim(GROUPS_CLAIM, grant.roles());
        grant.unitCode().ifPresent(unit -> claims.setStringClaim(UNIT_CLAIM, unit));
        claims.setClaim("iat", now);
        claims.setClaim("exp", now + grant.lifetime().toSeconds());
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    /** Signs claims with this minter's key. */
    public String sign(JwtClaims claims) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(keys.privateKey());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign the token", e);
        }
    }
}
