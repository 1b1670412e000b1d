package vn.motcua.platform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Finds processes a previous run left behind (the launcher was killed before it could stop them)
 * through their pid files, and ends them, so that starting again works.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    /**
     * Ends the process named in the pid file (first line) if it is alive and its command line matches;
     * returns a description of what was ended.
     */
    static Optional<String> endIfAlive(Path pidFile, Predicate<String> isOurs) {
        Optional<ProcessHandle> process = read(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle handle = process.get();
        String commandLine = handle.info().commandLine().orElse("");
        if (!isOurs.test(commandLine)) {
            return Optional.empty();
        }
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            handle.destroyForcibly();
        }
        return Optional.of("pid " + handle.pid() + " (" + abbreviate(commandLine) + ")");
    }

    private static Optional<Long> read(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String commandLine) {
        return commandLine.length() <= 80 ? commandLine : commandLine.substring(0, 77) + "...";
    }
}
