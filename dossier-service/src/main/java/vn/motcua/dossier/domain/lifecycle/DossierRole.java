package vn.motcua.dossier.domain.lifecycle;

/** How someone stands to a dossier, which decides the actions open to them (DOMAIN.md, "The dossier lifecycle"). */
public enum DossierRole {
    /** An officer of the centre that received the dossier: reception actions. */
    RECEIVING_OFFICER,
    /** An officer of the unit that decides it: processing actions. */
    COMPETENT_OFFICER,
    /** The citizen who submitted the dossier online. */
    OWNER,
    /** The platform itself, such as the overdue watch. */
    SYSTEM
}
