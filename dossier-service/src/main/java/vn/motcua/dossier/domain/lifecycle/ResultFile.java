package vn.motcua.dossier.domain.lifecycle;

/**
 * What the lifecycle knows of a dossier's result file (DOMAIN.md, "Documents, results and fees"): resolving with
 * {@code resultAsFile} waits for it ({@link FilePolicies#resultFileStoredWhenResolvedAsFile}).
 */
public enum ResultFile {
    /** The competent unit has stored no result file for the dossier. */
    NOT_STORED,
    /** The competent unit stored the result file (a PDF); it is served once the dossier is resolved. */
    STORED,
    /** A step of a legacy timeline: its result was issued elsewhere, before this platform stored any. */
    ISSUED_ELSEWHERE
}
