package vn.motcua.dossier.domain.files;

/** How a document's stored file came: its paper scanned at the counter, or uploaded by the citizen online. */
public enum FileOrigin {
    SCANNED_AT_COUNTER,
    UPLOADED
}
