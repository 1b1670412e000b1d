package vn.motcua.dossier.domain.files;

import vn.motcua.dossier.domain.lifecycle.DossierRole;

/** How a document's stored file came: its paper scanned at the counter, or uploaded by the citizen online. */
public enum FileOrigin {
    SCANNED_AT_COUNTER(DossierRole.RECEIVING_OFFICER),
    UPLOADED(DossierRole.OWNER);

    private final DossierRole attachedAs;

    FileOrigin(DossierRole attachedAs) {
        this.attachedAs = attachedAs;
    }

    /** In which role the file was attached ({@link FileRules}): the history names it. */
    public DossierRole attachedAs() {
        return attachedAs;
    }
}
