package vn.motcua.dossier.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.files.ArrivedFile;
import vn.motcua.dossier.domain.files.FileRules;
import vn.motcua.dossier.persistence.DossierResultRows;
import vn.motcua.dossier.persistence.DossierResultRows.ResultRow;
import vn.motcua.dossier.persistence.FilesConfig;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.rules.Refusal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Dossiers' electronic results: the PDF an officer of the competent unit stores while the dossier is processed,
 * issued when it is resolved with {@code resultAsFile}. Stored as documents' files are ({@link DossierFiles}): spooled
 * by the HTTP layer, checked, read for a digital signature, stored in the bucket outside any transaction, then one
 * short transaction checks again with the dossier held and writes the row. Storing it issues nothing yet: the
 * dossier's version moves on, but no event is published until it is resolved.
 */
@ApplicationScoped
public class DossierResults {

    @Inject
    DossierService dossiers;

    @Inject
    DossierFiles files;

    @Inject
    DossierResultRows rows;

    @Inject
    FilesConfig config;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Stores the spooled PDF as the dossier's result file, replacing the one stored before. */
    public StoredResult store(UUID id, ArrivedFile file, Path bytes) {
        FileRules rules = new FileRules(config.limits());
        // refused before the PDF is parsed or a byte leaves: who may store it now, and the file's own rules
        QuarkusTransaction.requiringNew().run(() -> check(rules, id, false, file));
        boolean signed = PdfSignatures.signed(bytes);
        return StoredResult.of(files.storeThenRecord(id, bytes, file, key -> {
            // again, with the dossier held: it may have been resolved while the bytes travelled
            check(rules, id, true, file);
            ResultRow row = new ResultRow(id, key, file.fileName(), file.sniffedType(), file.sizeBytes(), file.sha256(), signed,
                    caller.subject(), clock.instant());
            Optional<String> replaced = rows.store(row);
            dossiers.resultStored(id, row.storedAt());
            return new DossierFiles.Recorded<>(row, replaced);
        }));
    }

    private void check(FileRules rules, UUID id, boolean lock, ArrivedFile file) {
        DossierStanding standing = dossiers.standing(id, lock);
        rules.storeResult(standing.state(), standing.roles(), file);
    }

    /** The dossier's stored result file, for whoever may read the dossier. */
    @Transactional
    public StoredResult find(UUID id) {
        dossiers.standing(id, false);
        return StoredResult.of(stored(id));
    }

    /** The result file to stream, for whoever may read the dossier; the caller closes its bytes. */
    @Transactional
    public DossierFiles.Download open(UUID id) {
        dossiers.standing(id, false);
        return openStored(stored(id));
    }

    /** The stored result's bytes: the caller has decided that whoever asks may have them. */
    DossierFiles.Download openStored(ResultRow row) {
        return files.download(row.fileName(), row.mediaType(), row.sizeBytes(), row.sha256(), row.objectKey());
    }

    private ResultRow stored(UUID id) {
        return rows.find(id).orElseThrow(() -> Refusal.notFound("result file", "of dossier " + id
                + " (the competent unit has stored none)"));
    }
}
