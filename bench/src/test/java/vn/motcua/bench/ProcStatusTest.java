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
    void cpu_time_is_user_plus_system_ticks_even_when_the_command_name_holds_spaces_and_parentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 7 3 20 0 42 0 12345 1000 500";

        assertThat(ProcStatus.cpuTicks(stat)).hasValue(1750);
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
