package vn.motcua.platform.events;

/** A record that is not a valid event of the contract: not a CloudEvent, unreadable JSON, or against its schema. */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
