package vn.motcua.dossier.domain.intake;

/** How a document reached the centre: on paper, or as a file (which counts towards digitisation). */
public enum ReceivedAs {
    PAPER,
    FILE
}
