package vn.motcua.reporting.domain;

/** What a report can group its figures by. */
public enum Dimension {
    UNIT,
    FIELD,
    PROCEDURE
}
