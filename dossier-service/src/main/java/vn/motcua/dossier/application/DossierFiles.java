package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.files.ArrivedFile;
import vn.motcua.dossier.domain.files.FileLimits;
import vn.motcua.dossier.domain.files.FileOrigin;
import vn.motcua.dossier.domain.files.FileRules;
import vn.motcua.dossier.persistence.DossierFileRows;
import vn.motcua.dossier.persistence.DossierFileRows.StoredFileRow;
import vn.motcua.dossier.persistence.DossierObjects;
import vn.motcua.dossier.persistence.FilesConfig;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.rules.Refusal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Files attached to dossiers' documents and read back. An upload is spooled to a temporary file (by the
 * HTTP layer) and stored in the bucket outside any database transaction; one short transaction then
 * checks the rules again, with the dossier's row held, writes the row and records the attachment as a change of
 * the dossier (its next sequence, a history entry, a {@code file-attached} event). A failure after the object
 * was stored deletes it; an object whose row never committed (a crash in between) is left unreferenced.
 */
@ApplicationScoped
public class DossierFiles {

    private static final Duration STORE_RETRY_AFTER = Duration.ofSeconds(30);

    @Inject
    DossierService dossiers;

    @Inject
    DossierFileRows rows;

    @Inject
    DossierObjects objects;

    @Inject
    FilesConfig config;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public FileLimits limits() {
        return config.limits();
    }

    /** Attaches the spooled bytes to the dossier's document at {@code position}, replacing the file it had. */
    public StoredFile attach(UUID id, int position, ArrivedFile file, Path bytes) {
        FileRules rules = new FileRules(config.limits());
        // refused before a byte leaves: who may attach now, to which document, and the file's own rules
        QuarkusTransaction.requiringNew().run(() -> check(rules, dossiers.standing(id, false), position, file));
        return StoredFile.of(storeThenRecord(id, bytes, file, key -> record(rules, id, position, file, key)));
    }

    /**
     * What storing a file leaves: what the caller answers, and the object of the file it replaced, if any (deleted
     * once the row that replaced it has committed).
     */
    record Recorded<T>(T row, Optional<String> replaced) {
    }

    /**
     * Stores the spooled bytes as a new object of the dossier, outside any transaction, then writes what refers to it
     * in one short transaction ({@code record}, given the object's key); a failure there deletes the object, and the
     * object of a replaced file goes once the row has committed. The caller checked the rules before a byte left.
     */
    <T> T storeThenRecord(UUID id, Path bytes, ArrivedFile file, Function<String, Recorded<T>> record) {
        String key = DossierObjects.keyFor(id);
        try {
            objects.put(key, bytes, file.sizeBytes(), file.sniffedType());
        } catch (DossierObjects.StoreUnavailable unavailable) {
            throw Refusal.unavailable("The file store cannot take the file now; nothing was stored.", STORE_RETRY_AFTER);
        }
        Recorded<T> recorded;
        try {
            recorded = QuarkusTransaction.requiringNew().call(() -> record.apply(key));
        } catch (RuntimeException e) {
            objects.deleteQuietly(key);
            throw e;
        }
        recorded.replaced().ifPresent(objects::deleteQuietly);
        return recorded.row();
    }

    private FileOrigin check(FileRules rules, DossierStanding standing, int position, ArrivedFile file) {
        UUID id = standing.state().id();
        return rules.attach(standing.state(), standing.roles(), position, rows.documentCount(id),
                rows.bytesBesides(id, position), file);
    }

    private Recorded<StoredFileRow> record(FileRules rules, UUID id, int position, ArrivedFile file, String key) {
        // again, with the dossier held: its status or its other files may have changed while the bytes travelled
        DossierStanding standing = dossiers.standing(id, true);
        FileOrigin origin = check(rules, standing, position, file);
        Instant now = clock.instant();
        StoredFileRow row = new StoredFileRow(id, position, key, file.fileName(), file.sniffedType(), file.sizeBytes(),
                file.sha256(), origin, caller.subject(), now);
        Optional<String> replaced = rows.store(row);
        // a change of the dossier like any other (a replaced file too): the next sequence, its history, its event
        dossiers.fileAttached(standing.state(), position, origin, file.sha256(), now);
        return new Recorded<>(row, replaced);
    }

    /** The dossier's stored files, for whoever may read the dossier. */
    @Transactional
    public List<StoredFile> list(UUID id) {
        dossiers.standing(id, false);
        return rows.of(id).stream().map(StoredFile::of).toList();
    }

    /** A file to stream, for whoever may read the dossier; the caller closes {@link Download#bytes()}. */
    @Transactional
    public Download open(UUID id, int position) {
        dossiers.standing(id, false);
        StoredFileRow row = rows.find(id, position)
                .orElseThrow(() -> Refusal.notFound("file", "of document " + position + " in dossier " + id));
        return download(row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(), row.objectKey());
    }

    /** The stored object's bytes, opened for streaming, with what the answer says of them. */
    Download download(String fileName, String mediaType, long sizeBytes, String sha256, String objectKey) {
        try {
            return new Download(fileName, mediaType, sizeBytes, sha256, objects.open(objectKey));
        } catch (DossierObjects.StoreUnavailable unavailable) {
            throw Refusal.unavailable("The file store cannot serve the file now.", STORE_RETRY_AFTER);
        }
    }

    /** A stored file and its bytes, which the caller closes: what a download answers (the name is personal data). */
    public record Download(String fileName, String mediaType, long sizeBytes, String sha256, InputStream bytes) {

        /** The same bytes under another name (the applicant's copy of a result is named by the dossier's code). */
        public Download named(String name) {
            return new Download(name, mediaType, sizeBytes, sha256, bytes);
        }

        @Override
        public String toString() {
            return "Download[" + sizeBytes + " bytes, " + mediaType + "]";
        }
    }

    /** What arrived, with its type read from the bytes: the HTTP layer spooled them to {@code bytes}. */
    public static ArrivedFile arrived(String fileName, long sizeBytes, String sha256, Path bytes) {
        return new ArrivedFile(fileName, sizeBytes, sizeBytes == 0 ? "application/octet-stream" : FileSniffer.mediaTypeOf(bytes),
                sha256);
    }
}
