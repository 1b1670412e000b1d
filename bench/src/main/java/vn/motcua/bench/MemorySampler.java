package vn.motcua.bench;

import vn.motcua.platform.local.ServiceName;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The highest resident memory each service process reaches while a measurement runs, sampled twice a second. */
public final class MemorySampler implements AutoCloseable {

    private final Map<ServiceName, Long> pids;
    private final Map<ServiceName, Long> peakMib = new EnumMap<>(ServiceName.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public MemorySampler(Map<ServiceName, Long> pids) {
        this.pids = Map.copyOf(pids);
        timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        pids.forEach((service, pid) -> ProcStatus.residentMib(pid)
                .ifPresent(mib -> peakMib.merge(service, mib, Math::max)));
    }

    public synchronized Map<ServiceName, Long> peakMib() {
        return new EnumMap<>(peakMib);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        sample();
    }
}
