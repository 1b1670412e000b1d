package vn.motcua.platform.local;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a service stores files: an S3 endpoint, the deployment's one bucket, a region and credentials,
 * as the {@code motcua.files.s3.*} settings that docs/configuration.md describes. A client addresses the
 * bucket path-style ({@code endpoint/bucket/key}), always: neither s3proxy nor a MinIO behind one host
 * name serves buckets as sub-domains.
 */
public record ObjectStorage(String endpoint, String bucket, String region, String accessKey, String secretKey) {

    /** The prefix of the settings a service reads. */
    public static final String PREFIX = "motcua.files.s3.";
    /** Any region does for s3proxy and MinIO; the AWS SDK needs one to sign requests with. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** The settings as configuration properties, for a Quarkus test resource. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PREFIX + "endpoint", endpoint);
        properties.put(PREFIX + "bucket", bucket);
        properties.put(PREFIX + "region", region);
        properties.put(PREFIX + "access-key", accessKey);
        properties.put(PREFIX + "secret-key", secretKey);
        return properties;
    }

    /**
     * The same settings as environment variables for a service process, named as SmallRye Config maps
     * them back to the properties ({@code MOTCUA_FILES_S3_ACCESS_KEY} is {@code motcua.files.s3.access-key}).
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        properties().forEach((name, value) ->
                environment.put(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }
}
