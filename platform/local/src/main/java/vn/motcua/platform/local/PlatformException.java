package vn.motcua.platform.local;

/** The local platform could not do what was asked; the message says what went wrong and what to do. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
