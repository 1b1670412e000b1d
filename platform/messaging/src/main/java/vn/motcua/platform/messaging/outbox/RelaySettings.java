package vn.motcua.platform.messaging.outbox;

import java.time.Duration;

/**
 * How one outbox relay runs.
 *
 * @param name     names the relay's leadership lock: relays of one service share it, so one is active
 * @param jdbcUrl  the service's database, reached over a session of the relay's own (it holds the
 *                 leadership lock and listens for NOTIFY)
 */
public record RelaySettings(
        String name,
        String jdbcUrl,
        String user,
        String password,
        int batchSize,
        Duration pollInterval,
        Duration standbyInterval,
        Duration maxBackoff) {
}
