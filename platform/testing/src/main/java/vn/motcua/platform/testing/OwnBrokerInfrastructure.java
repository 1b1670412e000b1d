package vn.motcua.platform.testing;

import vn.motcua.platform.local.LocalKafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real infrastructure of {@link RealInfrastructure}, but with a Kafka broker of the test's own
 * ({@link #broker()}), which the test may stop and start: the shared broker must stay up for the others.
 */
public class OwnBrokerInfrastructure extends RealInfrastructure {

    private static volatile LocalKafka broker;

    /** The broker of the test class that uses this resource. */
    public static LocalKafka broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        broker = TestInfrastructure.privateBroker();
        Map<String, String> config = new LinkedHashMap<>(super.start());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        super.stop();
        broker.close();
    }
}
