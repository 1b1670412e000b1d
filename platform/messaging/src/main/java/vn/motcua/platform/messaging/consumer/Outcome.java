package vn.motcua.platform.messaging.consumer;

/** What became of one consumed record. */
public enum Outcome {
    /** The handler applied it. */
    HANDLED,
    /** Its event id was handled before. */
    DUPLICATE,
    /** A newer event of its key was applied already. */
    STALE,
    /** Its type is not one this version of the contract knows; a newer producer may send new types. */
    UNKNOWN_TYPE,
    /** It could not be read, broke its schema or was rejected by the handler: sent to the dead-letter topic. */
    DEAD_LETTERED
}
