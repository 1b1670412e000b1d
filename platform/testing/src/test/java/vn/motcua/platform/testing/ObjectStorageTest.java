package vn.motcua.platform.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.motcua.platform.local.LocalS3;
import vn.motcua.platform.local.ObjectStorage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The object storage {@link RealInfrastructure} gives a service that stores files, spoken to with the AWS
 * SDK's S3 client configured as a service would configure it from the {@code motcua.files.s3.*} settings.
 */
class ObjectStorageTest {

    private static final String PREFIX = ObjectStorage.PREFIX;

    private static RealInfrastructure resource;
    private static Map<String, String> config;
    private static S3Client s3;
    private static String bucket;

    @BeforeAll
    static void startTheInfrastructureAsAQuarkusTestWould() {
        resource = new RealInfrastructure();
        config = resource.start();
        bucket = config.get(PREFIX + "bucket");
        s3 = client(config.get(PREFIX + "access-key"), config.get(PREFIX + "secret-key"));
    }

    @AfterAll
    static void stop() {
        s3.close();
        resource.stop();
    }

    @Test
    void givesAServiceWithAnS3ClientTheSettingsOfABucketThatExists() {
        assertThat(RealInfrastructure.storesFiles()).as("this module's tests have the S3 client").isTrue();
        assertThat(config).containsKeys(PREFIX + "endpoint", PREFIX + "bucket", PREFIX + "region",
                PREFIX + "access-key", PREFIX + "secret-key");
        assertThat(config.get(PREFIX + "endpoint")).startsWith("http://");
        assertThat(bucket).isEqualTo(LocalS3.BUCKET);
        assertThat(s3.listBuckets().buckets()).anySatisfy(listed -> assertThat(listed.name()).isEqualTo(bucket));
    }

    @Test
    void startsOneServerForTheWholeJvm() {
        assertThat(TestInfrastructure.get().objectStorage().endpoint()).isEqualTo(config.get(PREFIX + "endpoint"));
        assertThat(new RealInfrastructure().start()).containsEntry(PREFIX + "endpoint", config.get(PREFIX + "endpoint"));
    }

    @Test
    void storesAnObjectOfAKnownLengthGivesItBackByteForByteListsItAndDeletesIt() {
        byte[] content = new byte[3 * 1024 * 1024 + 7];
        new Random(19).nextBytes(content);
        String prefix = "dossiers/" + UUID.randomUUID() + "/";
        String key = prefix + UUID.randomUUID();

        s3.putObject(put -> put.bucket(bucket).key(key).contentType("application/pdf").contentLength((long) content.length),
                RequestBody.fromInputStream(new ByteArrayInputStream(content), content.length));

        ResponseBytes<GetObjectResponse> read = s3.getObjectAsBytes(get -> get.bucket(bucket).key(key));
        assertThat(read.response().contentLength()).isEqualTo(content.length);
        assertThat(read.response().contentType()).isEqualTo("application/pdf");
        assertThat(read.asByteArray()).isEqualTo(content);
        assertThat(s3.listObjectsV2(list -> list.bucket(bucket).prefix(prefix)).contents())
                .extracting(S3Object::key, S3Object::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(key, (long) content.length));

        s3.deleteObject(delete -> delete.bucket(bucket).key(key));

        assertThatThrownBy(() -> s3.getObjectAsBytes(get -> get.bucket(bucket).key(key))).isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.listObjectsV2(list -> list.bucket(bucket).prefix(prefix)).contents()).isEmpty();
    }

    @Test
    void refusesAnonymousCallersAndWrongCredentials() throws Exception {
        String key = "dossiers/" + UUID.randomUUID() + "/private";
        s3.putObject(put -> put.bucket(bucket).key(key).contentLength(5L), RequestBody.fromString("hello"));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String endpoint = config.get(PREFIX + "endpoint");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(endpoint + "/" + bucket + "/" + key)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("anonymous read of an object").isEqualTo(403);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(endpoint + "/" + bucket)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("anonymous listing of the bucket").isEqualTo(403);
            try (S3Client stranger = client(config.get(PREFIX + "access-key"), "not-the-secret")) {
                assertThatThrownBy(() -> stranger.getObjectAsBytes(get -> get.bucket(bucket).key(key)))
                        .isInstanceOfSatisfying(S3Exception.class, refused -> assertThat(refused.statusCode()).isEqualTo(403));
            }
        } finally {
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
        }
    }

    /**
     * A client as a service builds it from its settings: path-style addressing, and checksums only where the
     * S3 API requires them (the SDK's default CRC trailers are not what every S3 server accepts).
     */
    private static S3Client client(String accessKey, String secretKey) {
        return client(config.get(PREFIX + "endpoint"), config.get(PREFIX + "region"), accessKey, secretKey);
    }

    static S3Client client(String endpoint, String region, String accessKey, String secretKey) {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
