package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.lookup.LookupPins;
import vn.motcua.dossier.domain.lookup.PinHash;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.lifecycle.CitizenAccess.lookup;
import static vn.motcua.dossier.lifecycle.CitizenAccess.wrong;

/**
 * With a PIN key configured, a new dossier's PIN is stored as HMAC-SHA256 under the key (never as PBKDF2,
 * never plain) and the citizen's lookup checks it; a PIN stored with PBKDF2 before the key was set still opens its dossier.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(KeyedPinLookupTest.WithPinKey.class)
class KeyedPinLookupTest {

    static final String KEY = Base64.getEncoder().encodeToString("a test PIN key of thirty-two bytes".getBytes());

    public static class WithPinKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.dossier.public.pin.key", KEY);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aKeyedPinOpensItsDossierAndAPbkdf2PinFromBeforeTheKeyStillDoes() throws Exception {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);

        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        assertThat(storedAlgorithm(taken.id())).isEqualTo("HmacSHA256-keyed");
        assertThat(lookup(taken.code(), taken.pin()).statusCode()).isEqualTo(200);
        assertThat(lookup(taken.code(), wrong(taken.pin())).statusCode()).isEqualTo(404);

        // a dossier whose PIN was hashed before the key was configured
        CitizenAccess.Taken older = CitizenAccess.counterIntake();
        PinHash pbkdf2 = new LookupPins(new SecureRandom(), 8, 10_000).hash("24681357");
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE dossier_pin SET algorithm = ?, iterations = ?, salt = ?, hash = ? WHERE dossier_id = ?")) {
            update.setString(1, pbkdf2.algorithm().storedName());
            update.setInt(2, pbkdf2.iterations());
            update.setBytes(3, pbkdf2.salt());
            update.setBytes(4, pbkdf2.hash());
            update.setObject(5, UUID.fromString(older.id()));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(lookup(older.code(), "24681357").statusCode()).isEqualTo(200);
        assertThat(lookup(older.code(), older.pin()).statusCode()).isEqualTo(404);
    }

    private String storedAlgorithm(String dossierId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT algorithm FROM dossier_pin WHERE dossier_id = ?")) {
            select.setObject(1, UUID.fromString(dossierId));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
