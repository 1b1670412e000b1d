package vn.motcua.platform.http.problem;

import java.sql.SQLException;

/**
 * Describes a failure for the log without its messages: a database error message can quote the row
 * it refused (a name, an ID number), and personal data is never logged. Types, SQL states and the
 * top frames of each cause are enough to find the code at fault.
 */
public final class RedactedThrowable {

    private static final int FRAMES_PER_CAUSE = 8;

    private RedactedThrowable() {
    }

    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            text.append(depth == 0 ? "" : "\n  caused by ").append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
                text.append("\n    at ").append(frames[i]);
            }
        }
        return text.toString();
    }
}
