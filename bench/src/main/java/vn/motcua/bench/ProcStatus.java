package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What Linux says of a process: its resident memory ({@code /proc/<pid>/status}, VmRSS) and the CPU time
 * it has used ({@code /proc/<pid>/stat}, user + system).
 */
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

    /**
     * User plus system CPU seconds the process has used, or empty where there is no such process or no /proc.
     * Clock ticks are taken as 100 per second, the value of USER_HZ on every Linux architecture Java runs on.
     */
    public static java.util.OptionalDouble cpuSeconds(long pid) {
        try {
            return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")))
                    .stream().mapToDouble(ticks -> ticks / 100.0).findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalDouble.empty();
        }
    }

    /**
     * CPU seconds of a process and of all its children, living (their own user + system time) and ended
     * (cutime + cstime, which the parent collects): for PostgreSQL, whose work is done in one backend
     * process per connection under the postmaster.
     */
    public static double cpuSecondsWithChildren(long pid) {
        double total = 0;
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        try (java.util.stream.Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                    if (Long.parseLong(fields[1]) == pid) {
                        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    }
                } catch (IOException | RuntimeException ended) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    /** utime + stime of a stat line: fields 14 and 15, counted after the command name, which may hold spaces. */
    static OptionalLong cpuTicks(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(end + 2).trim().split("\\s+");
        // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12
        return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
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
