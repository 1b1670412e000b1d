package vn.motcua.dossier.domain.lifecycle;

import vn.motcua.platform.events.Channel;
import vn.motcua.platform.rules.Violation;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lifecycle's rules about a dossier's stored files (DOMAIN.md, "Documents, results and fees"): what
 * an online dossier must have stored before it is accepted, and before its owner provides a supplement
 * themselves; and the result file a dossier resolved as a file must have. Each policy answers what is still
 * missing, one violation a document (or the field of the command); nothing means it holds.
 */
public final class FilePolicies {

    private FilePolicies() {
    }

    /**
     * Declared files are stored before acceptance: an online dossier is accepted only when every document its
     * owner declared as a file ({@code receivedAs: FILE}) has its file stored. A document declared as paper
     * needs none; a dossier handed in at the counter or by post is received there. A dossier handed in to a
     * legacy system (the historical import) declared files this platform never had: it waits for none.
     */
    public static List<Violation> declaredFilesStoredBeforeAcceptance(DossierState dossier, DocumentFiles files) {
        List<Violation> missing = new ArrayList<>();
        if (files.handedInElsewhere() || dossier.channel() != Channel.ONLINE) {
            return missing;
        }
        for (DocumentFiles.Document document : files.documents()) {
            if (document.declaredAsFile() && !document.hasFile()) {
                missing.add(new Violation(field(document), document.name()
                        + ": declared as a file, but no file is stored; its owner uploads it while the dossier is SUBMITTED"));
            }
        }
        return missing;
    }

    /**
     * The owner's supplement is uploaded: the citizen who submitted an online dossier provides the supplement
     * themselves only when these files were stored since the request ({@code pausedSince}, when the request
     * paused the clock), whoever stored them (the owner's upload, or a scan at the counter):
     * <ul>
     *   <li>a file for every document of the dossier whose name the request listed as missing (the same name,
     *       ignoring case, Unicode form and extra spaces), however it was declared, for a file is the only way
     *       an owner supplies anything online;</li>
     *   <li>if the request listed something that names none of the dossier's documents, at least one file in
     *       the dossier, since a file attaches only to a listed document.</li>
     * </ul>
     * A paper supplement is brought to the counter, and the receiving officer provides it as before. This holds
     * for an imported dossier too: what its owner supplies now, they upload now.
     */
    public static List<Violation> ownersSupplementUploaded(DossierState dossier, DocumentFiles files) {
        List<Violation> missing = new ArrayList<>();
        Instant requestedAt = dossier.pausedSince() == null ? Instant.MIN : dossier.pausedSince();
        Set<Integer> named = new TreeSet<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int i = 0; i < dossier.missingDocuments().size(); i++) {
            String wanted = comparable(dossier.missingDocuments().get(i));
            List<DocumentFiles.Document> matching = files.documents().stream()
                    .filter(document -> comparable(document.name()).equals(wanted)).toList();
            if (matching.isEmpty()) {
                unmatched.add(i);
            }
            matching.forEach(document -> named.add(document.position()));
        }
        for (DocumentFiles.Document document : files.documents()) {
            if (named.contains(document.position()) && !document.fileStoredSince(requestedAt)) {
                missing.add(new Violation(field(document), document.name() + ": listed as missing in the supplement request;"
                        + " no file stored since the request (" + shown(requestedAt) + ")"));
            }
        }
        boolean anyStoredSince = files.documents().stream().anyMatch(document -> document.fileStoredSince(requestedAt));
        if (!anyStoredSince) {
            for (int i : unmatched) {
                missing.add(new Violation("missingDocuments[" + i + "]", dossier.missingDocuments().get(i)
                        + ": names none of the dossier's documents; upload its file onto the document it belongs with"
                        + " (no file has been stored since the request)"));
            }
        }
        return missing;
    }

    /**
     * The result issued as a file is stored: a dossier is resolved with {@code resultAsFile: true} only once the
     * competent unit has stored its result file (a PDF), which the applicant then downloads with the code and PIN; and
     * a dossier whose result file is stored is resolved as a file, never as paper, so that what the events say
     * ({@code resultAsFile}, {@code resultStored}) cannot disagree. A step of a legacy timeline issued its result
     * elsewhere and waits for nothing.
     */
    public static List<Violation> resultFileStoredWhenResolvedAsFile(ActionCommand command, DocumentFiles files) {
        if (files.result() == ResultFile.ISSUED_ELSEWHERE || command.resultAsFile() == null) {
            return List.of();
        }
        if (command.resultAsFile() && files.result() == ResultFile.NOT_STORED) {
            return List.of(new Violation("resultAsFile", "true, but no result file is stored; the competent unit uploads"
                    + " the signed PDF first (PUT /api/v1/dossiers/{id}/result/file)"));
        }
        if (!command.resultAsFile() && files.result() == ResultFile.STORED) {
            return List.of(new Violation("resultAsFile", "false, but a result file is stored: a dossier whose result"
                    + " file is stored is resolved with resultAsFile true"));
        }
        return List.of();
    }

    private static String field(DocumentFiles.Document document) {
        return "documents[" + document.position() + "]";
    }

    /** A name as people mean it: one Unicode form, one case, single spaces. */
    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shown(Instant at) {
        return at.equals(Instant.MIN) ? "its start" : at.toString();
    }
}
