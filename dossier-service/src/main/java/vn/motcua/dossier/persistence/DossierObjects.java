package vn.motcua.dossier.persistence;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.UUID;

/**
 * The dossiers' files as objects in the deployment's S3 bucket. Keys carry no personal data: a random id
 * under the dossier's id ({@code dossiers/<dossier id>/<random id>}); what a file is called, what it is
 * and who stored it are rows in PostgreSQL ({@link DossierFileRows}).
 */
@Startup
@ApplicationScoped
public class DossierObjects {

    private static final Logger LOG = Logger.getLogger(DossierObjects.class);
    /** Every dossier's file is under this prefix. */
    static final String PREFIX = "dossiers/";

    @Inject
    FilesConfig config;

    private S3Client client;

    @PostConstruct
    void connect() {
        FilesConfig.S3 s3 = config.s3();
        client = S3Client.builder()
                .endpointOverride(URI.create(s3.endpoint()))
                .region(Region.of(s3.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
                .forcePathStyle(true)
                // s3proxy and older MinIO take no trailing checksums: compute them only where the API requires
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)))
                .build();
        ensureBucket();
    }

    /** The bucket, created if the deployment has not made it (compose and ops create it; a fresh local home may not). */
    private void ensureBucket() {
        String bucket = config.s3().bucket();
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            client.createBucket(request -> request.bucket(bucket));
            LOG.infof("Created the files bucket %s", bucket);
        } catch (SdkException unreachable) {
            // the service starts all the same: uploads fail with 503 until the store answers
            LOG.warnf("The files bucket %s cannot be checked now: %s", bucket, unreachable.getMessage());
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A new key for a file of the dossier: nothing in it says whose or what it is. */
    public static String keyFor(UUID dossierId) {
        return PREFIX + dossierId + "/" + UUID.randomUUID();
    }

    /** The S3 service did not answer or refused: the caller says so as 503 and keeps nothing of the call. */
    public static class StoreUnavailable extends RuntimeException {
        StoreUnavailable(SdkException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Stores the spooled bytes under the key, with their length known up front (no chunked upload). */
    public void put(String key, Path bytes, long length, String mediaType) {
        try {
            client.putObject(request -> request.bucket(config.s3().bucket()).key(key).contentLength(length)
                    .contentType(mediaType), RequestBody.fromFile(bytes));
        } catch (SdkException e) {
            throw new StoreUnavailable(e);
        }
    }

    /** The object's bytes as a stream the caller closes. */
    public InputStream open(String key) {
        try {
            return client.getObject(request -> request.bucket(config.s3().bucket()).key(key));
        } catch (SdkException e) {
            throw new StoreUnavailable(e);
        }
    }

    /** Deletes an object no row refers to; a failure leaves it for the next attempt and is only logged. */
    public void deleteQuietly(String key) {
        try {
            client.deleteObject(request -> request.bucket(config.s3().bucket()).key(key));
        } catch (SdkException e) {
            LOG.warnf("Could not delete an unreferenced object (%s): %s", key, e.getMessage());
        }
    }

    /** An object's key and when it was stored. */
    public record StoredObject(String key, Instant lastModified) {
    }

    /**
     * The objects under the dossiers' prefix, page by page (S3 lists at most 1,000 a page): each page
     * is handed to {@code page} as it arrives, so a large bucket is never held whole.
     */
    public void eachPage(Consumer<List<StoredObject>> page) {
        ListObjectsV2Request first = ListObjectsV2Request.builder().bucket(config.s3().bucket()).prefix(PREFIX).build();
        for (ListObjectsV2Response response : client.listObjectsV2Paginator(first)) {
            page.accept(response.contents().stream().map(object -> new StoredObject(object.key(), object.lastModified()))
                    .toList());
        }
    }

    /** Whether the object exists: for tests and checks, not for serving. */
    public boolean exists(String key) {
        try {
            client.headObject(request -> request.bucket(config.s3().bucket()).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
