package vn.motcua.reporting.persistence;

import vn.motcua.reporting.domain.LiveCounters;

/**
 * Counters as counted at one moment, with the id of the live-feed event that carries them: a number
 * from a database sequence, so ids increase across replicas and restarts.
 */
public record LiveSnapshot(long id, LiveCounters counters) {
}
