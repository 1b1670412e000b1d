package vn.motcua.dossier.domain.files;

import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.platform.rules.Violation;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who attaches a file to a dossier's document, when, and what a file must be (DOMAIN.md, "Documents,
 * results and fees"). The citizen uploads to their own online dossier while it awaits acceptance or a
 * supplement; an officer of the receiving centre scans paper at intake or during a supplement.
 */
public final class FileRules {

    /** While the owner of an online dossier uploads its files. */
    public static final Set<DossierStatus> OWNER_UPLOADS = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED);
    /** While the receiving centre scans paper into the dossier. */
    public static final Set<DossierStatus> CENTRE_SCANS = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED);
    /**
     * While the competent unit stores the result file: the statuses {@code resolve} is open from, and while the
     * result waits for the fee (it is ready, and issued once paid). Not while the dossier waits for a supplement or
     * is suspended (it is not complete, or not being decided), and never after it is resolved: what was issued stays.
     */
    public static final Set<DossierStatus> RESULT_UPLOADS = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
            DossierStatus.AWAITING_PAYMENT);

    private final FileLimits limits;

    public FileRules(FileLimits limits) {
        this.limits = limits;
    }

    public FileLimits limits() {
        return limits;
    }

    /**
     * How the file comes into the dossier, if it may: who attaches it now, and the file's own rules.
     *
     * @param documents   how many documents the dossier lists
     * @param otherBytes  the bytes the dossier's other documents' files already take (a file replaced does not count)
     * @throws Refusal naming the rule the attachment breaks
     */
    public FileOrigin attach(DossierState dossier, Set<DossierRole> roles, int position, int documents, long otherBytes,
                             ArrivedFile file) {
        FileOrigin origin = whoAttaches(dossier, roles);
        if (position < 0 || position >= documents) {
            throw Refusal.notFound("document", position + " in dossier " + dossier.code() + " (it lists " + documents
                    + ", numbered from 0)");
        }
        requireOpen(dossier, origin);
        return checked(file, otherBytes, origin);
    }

    /**
     * Whether the dossier's result file may be stored now, replacing the one stored before: by an officer of the
     * competent unit (processing is its business, as {@code resolve} is), while the dossier is processed
     * ({@link #RESULT_UPLOADS}), and a PDF within the size of a file. The dossier's documents' limit does not count it:
     * the result is not one of the applicant's documents.
     *
     * @throws Refusal naming the rule the result breaks
     */
    public void storeResult(DossierState dossier, Set<DossierRole> roles, ArrivedFile file) {
        if (!roles.contains(DossierRole.COMPETENT_OFFICER)) {
            throw Refusal.notAllowed("The result file is stored by an officer of the competent unit ("
                    + dossier.competentUnitCode() + "), which resolves the dossier.");
        }
        if (!RESULT_UPLOADS.contains(dossier.status())) {
            throw Refusal.conflict("Dossier " + dossier.code() + " is " + dossier.status() + ": its result file is stored"
                    + " while it is processed (RECEIVED, IN_PROGRESS or AWAITING_PAYMENT), before it is resolved.");
        }
        sized(file);
        if (FileType.ofMediaType(file.sniffedType()).filter(FileType.PDF::equals).isEmpty()) {
            throw Refusal.unsupportedType("file", "a result must be a PDF; its bytes are " + file.sniffedType());
        }
    }

    /** A file's own size: not empty, not above the largest file. */
    private void sized(ArrivedFile file) {
        if (file.sizeBytes() == 0) {
            throw Refusal.invalid("file", "must not be empty");
        }
        if (file.sizeBytes() > limits.maxFileBytes()) {
            throw fileTooLarge(limits.maxFileBytes());
        }
    }

    /** The rules of the file itself: not empty, not too large for itself nor for the dossier, of a type taken. */
    FileOrigin checked(ArrivedFile file, long otherBytes, FileOrigin origin) {
        sized(file);
        if (otherBytes + file.sizeBytes() > limits.maxDossierBytes()) {
            throw tooLarge("with the dossier's other files, must be at most " + megabytes(limits.maxDossierBytes())
                    + " together");
        }
        if (FileType.ofMediaType(file.sniffedType()).filter(limits.types()::contains).isEmpty()) {
            throw Refusal.unsupportedType("file", "must be " + typesTaken() + "; its bytes are " + file.sniffedType());
        }
        return origin;
    }

    /** A file larger than {@code maxBytes}: refused whether its Content-Length said so or its bytes did. */
    public static Refusal fileTooLarge(long maxBytes) {
        return tooLarge("must be at most " + megabytes(maxBytes));
    }

    private static Refusal tooLarge(String rule) {
        return Refusal.tooLarge("file: " + rule, List.of(new Violation("file", rule)));
    }

    private static FileOrigin whoAttaches(DossierState dossier, Set<DossierRole> roles) {
        if (roles.contains(DossierRole.RECEIVING_OFFICER)) {
            return FileOrigin.SCANNED_AT_COUNTER;
        }
        if (roles.contains(DossierRole.OWNER) && dossier.channel() == Channel.ONLINE) {
            return FileOrigin.UPLOADED;
        }
        throw Refusal.notAllowed("Files are attached by the owner of an online dossier or by an officer of its receiving"
                + " centre.");
    }

    private static void requireOpen(DossierState dossier, FileOrigin origin) {
        if (origin == FileOrigin.SCANNED_AT_COUNTER && !CENTRE_SCANS.contains(dossier.status())) {
            throw Refusal.conflict("Dossier " + dossier.code() + " is " + dossier.status() + ": the centre scans paper"
                    + " into a dossier at intake (RECEIVED) or during a supplement (SUPPLEMENT_REQUESTED).");
        }
        if (origin == FileOrigin.UPLOADED && !OWNER_UPLOADS.contains(dossier.status())) {
            throw Refusal.conflict("Dossier " + dossier.code() + " is " + dossier.status() + ": its owner uploads files"
                    + " while it awaits acceptance (SUBMITTED) or a supplement (SUPPLEMENT_REQUESTED).");
        }
    }

    /** "a PDF, JPEG or PNG". */
    private String typesTaken() {
        List<String> names = limits.types().stream().sorted(Comparator.naturalOrder()).map(FileType::name).toList();
        return "a " + (names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }

    private static String megabytes(long bytes) {
        return bytes % FileLimits.MB == 0 ? bytes / FileLimits.MB + " MB" : bytes + " bytes";
    }
}
