package vn.motcua.platform.local;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenMinterTest {

    private static final Instant NOW = Instant.parse("2025-07-01T01:15:00Z");

    @Test
    void anOfficerTokenCarriesSubjectRolesUnitAndLifetime(@TempDir Path dir) throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        TokenMinter minter = new TokenMinter(keys, TokenMinter.LOCAL_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));

        String token = minter.mint(new TokenMinter.Grant("officer-1", List.of("officer"), Optional.of("16906"), Duration.ofHours(8)));

        JwtClaims claims = consumer(keys).processToClaims(token);
        assertThat(claims.getIssuer()).isEqualTo(TokenMinter.LOCAL_ISSUER);
        assertThat(claims.getSubject()).isEqualTo("officer-1");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("officer");
        assertThat(claims.getStringClaimValue("unit_code")).isEqualTo("16906");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(8 * 3600);
    }

    @Test
    void aProvinceAdminTokenHasNoUnitClaim(@TempDir Path dir) throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        String token = new TokenMinter(keys, TokenMinter.LOCAL_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC))
                .mint(new TokenMinter.Grant("admin", List.of("province_admin"), Optional.empty(), Duration.ofHours(1)));

        assertThat(consumer(keys).processToClaims(token).hasClaim("unit_code")).isFalse();
    }

    @Test
    void theKeyPairIsKeptSoTokensStayValidAcrossRestarts(@TempDir Path dir) throws Exception {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        String token = new TokenMinter(first, TokenMinter.LOCAL_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC))
                .mint(new TokenMinter.Grant("citizen-1", List.of("citizen"), Optional.empty(), Duration.ofHours(1)));

        SigningKeys again = SigningKeys.loadOrCreate(dir);

        assertThat(again.publicKeyPem()).isEqualTo(first.publicKeyPem());
        assertThat(consumer(again).processToClaims(token).getSubject()).isEqualTo("citizen-1");
        assertThat(Files.readString(SigningKeys.publicKeyFile(dir))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private-key.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected(@TempDir Path dir) {
        SigningKeys trusted = SigningKeys.loadOrCreate(dir);
        String forged = new TokenMinter(SigningKeys.generate(), TokenMinter.LOCAL_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC))
                .mint(new TokenMinter.Grant("mallory", List.of("province_admin"), Optional.empty(), Duration.ofHours(1)));

        assertThatThrownBy(() -> consumer(trusted).processToClaims(forged)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void aGrantNeedsASubjectAndAPositiveLifetime() {
        assertThatThrownBy(() -> new TokenMinter.Grant(" ", List.of("officer"), Optional.empty(), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenMinter.Grant("x", List.of("officer"), Optional.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JwtConsumer consumer(SigningKeys keys) {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setExpectedIssuer(TokenMinter.LOCAL_ISSUER)
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(NOW.getEpochSecond()))
                .build();
    }
}
