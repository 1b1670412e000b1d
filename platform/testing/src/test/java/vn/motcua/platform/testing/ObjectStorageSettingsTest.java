package vn.motcua.platform.testing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A Quarkus application under test reads the {@code motcua.files.s3.*} settings and reaches the bucket with them. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ObjectStorageSettingsTest {

    @ConfigProperty(name = "motcua.files.s3.endpoint")
    String endpoint;
    @ConfigProperty(name = "motcua.files.s3.bucket")
    String bucket;
    @ConfigProperty(name = "motcua.files.s3.region")
    String region;
    @ConfigProperty(name = "motcua.files.s3.access-key")
    String accessKey;
    @ConfigProperty(name = "motcua.files.s3.secret-key")
    String secretKey;

    @Test
    void theApplicationStoresAndReadsAnObjectWithTheSettingsItIsGiven() {
        String key = "dossiers/" + UUID.randomUUID() + "/scan";
        try (S3Client s3 = ObjectStorageTest.client(endpoint, region, accessKey, secretKey)) {
            s3.putObject(put -> put.bucket(bucket).key(key).contentLength(4L), RequestBody.fromString("scan"));
            assertThat(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asUtf8String()).isEqualTo("scan");
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
        }
    }
}
