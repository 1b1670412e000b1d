package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The resident memory of a process, as Linux reports it in {@code /proc/<pid>/status} (VmRSS). */
public final class ProcStatus {

    private ProcStatus() {
    }

    /** VmRSS of the process in MiB, or empty where there is no such process or no /proc. */
    public static OptionalLong residentMib(long pid) {
        try {
            return residentKib(Files.readString(Path.of("/proc", Long.toString(pid), "status"))).stream()
                    .map(kib -> Math.round(kib / 1024.0)).findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The VmRSS line of a status file, in KiB. */
    static OptionalLong residentKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }
}
