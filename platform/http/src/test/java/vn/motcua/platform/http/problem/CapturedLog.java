package vn.motcua.platform.http.problem;

import org.jboss.logmanager.ExtLogRecord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the application logs while it is open, as the text an operator would read (message with
 * its parameters and any stack trace), so a test can check what reaches the log.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final List<String> entries = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private CapturedLog() {
        root.addHandler(this);
    }

    static CapturedLog open() {
        return new CapturedLog();
    }

    List<String> entries() {
        return List.copyOf(entries);
    }

    String text() {
        return String.join("\n", entries);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        entries.add(text.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
