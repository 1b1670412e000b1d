package vn.motcua.reporting.application;

/** Where a rebuild of the read models stands. */
public enum RebuildState {
    /** Replaying the topics into the fresh tables; reports still come from the old ones. */
    RUNNING,
    /** Reading the last records while live writes wait, then swapping the fresh tables in. */
    SWAPPING,
    /** The fresh tables are the read models. */
    DONE,
    /** Stopped; the read models are as they were, and another rebuild may be started. */
    FAILED
}
