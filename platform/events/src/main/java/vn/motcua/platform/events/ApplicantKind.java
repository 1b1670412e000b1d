package vn.motcua.platform.events;

/**
 * Who a dossier is for: a person (identified by the CCCD) or an organisation (identified by its tax
 * code; a household business uses its owner's CCCD as its tax code). The kind identifies nobody, so
 * it may travel in events.
 */
public enum ApplicantKind {
    PERSON,
    ORGANISATION
}
