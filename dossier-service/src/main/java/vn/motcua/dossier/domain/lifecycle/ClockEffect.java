package vn.motcua.dossier.domain.lifecycle;

/** What an action does to the legal clock. */
public enum ClockEffect {
    NONE,
    /** Receipt: the due time is fixed. */
    START,
    /** Supplement, payment or suspension: working time stops counting. */
    PAUSE,
    /** Leaving a pause: the due time moves by the working time spent paused. */
    RESUME,
    /** Resolution or withdrawal: the clock stops for good. */
    STOP
}
