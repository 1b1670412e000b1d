package vn.motcua.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What machine a run was on, and how busy it was when it began (figures from a busy machine are not final). */
public final class Machine {

    private Machine() {
    }

    public static ObjectNode describe() {
        ObjectNode machine = Platform.JSON.createObjectNode();
        machine.put("date", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString());
        String cpuinfo = read("/proc/cpuinfo");
        // counted from /proc, not asked of the JVM: bench/run pins this process to one CPU
        long cpus = cpuinfo.lines().filter(line -> line.startsWith("processor")).count();
        machine.put("cpus", cpus > 0 ? cpus : Runtime.getRuntime().availableProcessors());
        machine.put("cpuModel", firstValue(cpuinfo, "model name"));
        String memory = firstValue(read("/proc/meminfo"), "MemTotal");
        machine.put("memoryMib", memory.isEmpty() ? 0 : Long.parseLong(memory.replaceAll("\\D", "")) / 1024);
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        String load = read("/proc/loadavg");
        machine.put("loadAverage1mAtStart", load.isEmpty() ? -1 : Double.parseDouble(load.split("\\s+")[0]));
        return machine;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }

    static String firstValue(String text, String key) {
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }
}
