package vn.motcua.dossier.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.motcua.dossier.application.DossierFiles;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A stored file as a download: streamed from the object store with its name in {@code Content-Disposition}
 * (RFC 6266, so Vietnamese names survive), never cached by a shared cache nor sniffed, with its digest.
 */
final class Downloads {

    private Downloads() {
    }

    /**
     * Records the read before a byte is served ({@code audit}, which throws when it cannot record); a read that cannot
     * be recorded is not served, and the object's connection is let go.
     */
    static DossierFiles.Download audited(DossierFiles.Download download, Runnable audit) {
        try {
            audit.run();
        } catch (RuntimeException unaudited) {
            try (InputStream unread = download.bytes()) {
                throw unaudited;
            } catch (IOException closing) {
                unaudited.addSuppressed(closing);
                throw unaudited;
            }
        }
        return download;
    }

    /** The answer that streams the bytes and closes them. */
    static Response of(DossierFiles.Download download, String cacheControl) {
        StreamingOutput stream = out -> {
            try (InputStream bytes = download.bytes()) {
                bytes.transferTo(out);
            }
        };
        return Response.ok(stream, download.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.sizeBytes())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.sha256())))
                .build();
    }
}
