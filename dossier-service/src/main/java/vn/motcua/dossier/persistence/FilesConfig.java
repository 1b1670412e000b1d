package vn.motcua.dossier.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.motcua.dossier.domain.files.FileLimits;
import vn.motcua.dossier.domain.files.FileType;

import java.util.Set;

/**
 * Where dossiers' files are stored and how much a dossier takes (docs/files.md, docs/configuration.md).
 * The S3 settings come from the deployment: {@code ./motcua up} and the tests give s3proxy's.
 */
@ConfigMapping(prefix = "motcua.files")
public interface FilesConfig {

    S3 s3();

    /** The largest file, in bytes (default 20 MB). */
    @WithDefault("20971520")
    long maxFileBytes();

    /** The most a dossier's files take together, in bytes (default 100 MB). */
    @WithDefault("104857600")
    long maxDossierBytes();

    /** The types taken, as read from the bytes. */
    @WithDefault("PDF,JPEG,PNG")
    Set<FileType> types();

    /** How often the sweeper looks for objects no row refers to (a Quarkus scheduler period). */
    @WithDefault("1h")
    String sweepEvery();

    default FileLimits limits() {
        return new FileLimits(maxFileBytes(), maxDossierBytes(), types());
    }

    /** The deployment's S3 service and its one bucket, always addressed path-style. */
    interface S3 {
        String endpoint();

        String bucket();

        @WithDefault("us-east-1")
        String region();

        String accessKey();

        String secretKey();
    }
}
