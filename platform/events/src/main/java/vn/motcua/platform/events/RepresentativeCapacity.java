package vn.motcua.platform.events;

/**
 * In what capacity someone hands a dossier in for the applicant (người nộp thay). The capacity
 * identifies nobody, so it may travel in events; the representative's name and CCCD never do.
 */
public enum RepresentativeCapacity {
    /** A member of the applicant's family. */
    RELATIVE,
    /** A person the applicant authorised (người được ủy quyền). */
    AUTHORISED_PERSON,
    /** A member of the commune's community digital technology team (tổ công nghệ số cộng đồng), helping online or at home. */
    COMMUNITY_DIGITAL_TEAM
}
