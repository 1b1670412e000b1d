package vn.motcua.platform.messaging.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One handler's consumption loop, on a thread of its own: poll, process each record through the
 * pipeline in partition order, commit the offsets of what was processed once its transactions have
 * committed. A record whose processing failed for a passing reason is read again after a pause; the
 * partitions behind it wait, the others go on.
 */
final class ConsumerRunner {

    private static final Logger LOG = Logger.getLogger(ConsumerRunner.class);

    private final EventPipeline pipeline;
    private final Supplier<org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers;
    private final Duration maxBackoff;
    private final Consumer<Outcome> outcomes;
    private final java.util.concurrent.atomic.AtomicLong lag = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean running;
    private volatile org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer;
    private Thread thread;

    ConsumerRunner(EventPipeline pipeline, Supplier<org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers,
                   Duration maxBackoff, Consumer<Outcome> outcomes) {
        this.pipeline = pipeline;
        this.consumers = consumers;
        this.maxBackoff = maxBackoff;
        this.outcomes = outcomes;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::run, "consumer-" + pipeline.handler().consumerName());
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        org.apache.kafka.clients.consumer.Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (org.apache.kafka.clients.consumer.Consumer<String, byte[]> kafka = consumers.get()) {
                consumer = kafka;
                kafka.subscribe(pipeline.handler().topics());
                while (running) {
                    ConsumerRecords<String, byte[]> batch = kafka.poll(Duration.ofMillis(500));
                    boolean failed = processBatch(kafka, batch);
                    measureLag(kafka);
                    if (failed) {
                        pause(backoff);
                        backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
                    } else {
                        backoff = Duration.ofMillis(200);
                    }
                }
            } catch (WakeupException e) {
                // stop() woke the consumer
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Consumer %s failed (%s); starting again in %d ms", pipeline.handler().consumerName(),
                            e.getClass().getSimpleName(), backoff.toMillis());
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
                }
            } finally {
                consumer = null;
            }
        }
    }

    /** Processes a poll's records; returns whether some partition must be read again after a pause. */
    private boolean processBatch(org.apache.kafka.clients.consumer.Consumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> batch) {
        Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
        boolean failed = false;
        for (TopicPartition partition : batch.partitions()) {
            for (ConsumerRecord<String, byte[]> record : batch.records(partition)) {
                try {
                    outcomes.accept(pipeline.process(record, record.topic()));
                    processed.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (EventPipeline.TransientFailure e) {
                    LOG.warnf("Consumer %s will retry %s@%d (%s)", pipeline.handler().consumerName(), partition,
                            record.offset(), e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName());
                    kafka.seek(partition, record.offset());
                    failed = true;
                    break;
                }
            }
        }
        if (!processed.isEmpty()) {
            kafka.commitSync(processed);
        }
        return failed;
    }

    /** Records still to read on the assigned partitions, as the consumer last knew them. */
    long lag() {
        return lag.get();
    }

    private void measureLag(org.apache.kafka.clients.consumer.Consumer<String, byte[]> kafka) {
        long behind = 0;
        for (TopicPartition partition : kafka.assignment()) {
            behind += kafka.currentLag(partition).orElse(0);
        }
        lag.set(behind);
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
