package vn.motcua.platform.messaging.outbox;

/** What a relay reports as it works: metrics hang off this. */
public interface RelayListener {

    void leadership(boolean leader);

    void published(int rows);

    void publishFailed(Exception cause);

    RelayListener NONE = new RelayListener() {
        @Override
        public void leadership(boolean leader) {
        }

        @Override
        public void published(int rows) {
        }

        @Override
        public void publishFailed(Exception cause) {
        }
    };
}
