package vn.motcua.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatusTest {

    @Test
    void resident_memory_is_the_vmrss_line() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmSize:\t 3900000 kB\nVmRSS:\t  187392 kB\nThreads:\t42\n";

        assertThat(ProcStatus.residentKib(status)).hasValue(187392);
    }

    @Test
    void a_status_without_vmrss_gives_nothing() {
        assertThat(ProcStatus.residentKib("Name:\tkthreadd\n")).isEmpty();
    }

    @Test
    void this_very_process_has_a_resident_size_where_there_is_a_proc_file_system() {
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self"))) {
            assertThat(ProcStatus.residentMib(ProcessHandle.current().pid())).isPresent();
        }
        assertThat(ProcStatus.residentMib(-42)).isEmpty();
    }
}
