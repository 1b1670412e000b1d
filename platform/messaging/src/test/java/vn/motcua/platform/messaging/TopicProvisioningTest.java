package vn.motcua.platform.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.TopicSpec;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.topics.TopicProvisioner;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class TopicProvisioningTest {

    @Inject
    TopicProvisioningService service;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theServiceCreatesEveryTopicOfTheContractWithItsSettings() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(service::isDone);
        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.all().stream().map(TopicSpec::name).toList())
                    .allTopicNames().get(10, TimeUnit.SECONDS);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));

            assertThat(setting(admin, "motcua.dossier.lifecycle.v1", "retention.ms")).isEqualTo("-1");
            assertThat(setting(admin, "motcua.dossier.lifecycle.v1", "cleanup.policy")).isEqualTo("delete");
            assertThat(setting(admin, "motcua.procedure.catalog.v1", "cleanup.policy")).isEqualTo("compact");
            assertThat(setting(admin, "motcua.reference.units.v1", "cleanup.policy")).isEqualTo("compact");
            assertThat(setting(admin, "motcua.dossier.lifecycle.v1.dlq", "retention.ms")).isEqualTo("2592000000");
            assertThat(setting(admin, "motcua.reference.units.v1.dlq", "cleanup.policy")).isEqualTo("delete");
        }
    }

    @Test
    void provisioningAgainCreatesNothingAndPutsDriftedSettingsBack() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(service::isDone);
        try (Admin admin = admin()) {
            ConfigResource lifecycle = new ConfigResource(ConfigResource.Type.TOPIC, Topics.LIFECYCLE.name());
            admin.incrementalAlterConfigs(Map.of(lifecycle, List.of(new AlterConfigOp(
                    new ConfigEntry("retention.ms", "86400000"), AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
            // a broker applies an acknowledged config change from the metadata log a moment later
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(setting(admin, Topics.LIFECYCLE.name(), "retention.ms")).isEqualTo("86400000"));

            List<String> created = new TopicProvisioner(admin, 3, (short) 1).provision(Topics.all());

            assertThat(created).isEmpty();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(setting(admin, Topics.LIFECYCLE.name(), "retention.ms")).isEqualTo("-1"));
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private static String setting(Admin admin, String topic, String name) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        return config.get(name).value();
    }
}
