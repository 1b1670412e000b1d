package vn.motcua.procedure.domain;

/** Whether a required document must be the original, a copy, or either. */
public enum DocumentForm {
    ORIGINAL,
    COPY,
    ORIGINAL_OR_COPY
}
