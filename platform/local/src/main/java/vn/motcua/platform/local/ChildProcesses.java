package vn.motcua.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a process the launcher started (a service, the S3 server) so that nothing is left behind. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /**
     * Asks the process and its children to end (SIGTERM), waits, kills them if they take longer than the
     * grace, and removes the pid file by which a later launcher would have found them.
     */
    static void stop(Process process, Duration grace, Path pidFile) {
        try {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // a stale pid file is checked against the process table before it is trusted
            }
        }
    }
}
