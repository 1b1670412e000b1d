package vn.motcua.platform.messaging.consumer;

/** A handler's verdict that an event can never be applied: it goes to the dead-letter topic. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String reason) {
        super(reason);
    }
}
