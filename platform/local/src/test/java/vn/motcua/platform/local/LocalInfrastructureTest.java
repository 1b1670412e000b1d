package vn.motcua.platform.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalInfrastructureTest {

    @Test
    void postgresKeepsItsDataAcrossARestartInTheSameDirectory(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        try (LocalPostgres first = LocalPostgres.start(Optional.of(data), 0)) {
            assertThat(first.createDatabaseIfMissing("dossier")).isTrue();
            assertThat(first.createDatabaseIfMissing("dossier")).isFalse();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("dossier"), LocalPostgres.USER, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (value text)");
                s.execute("INSERT INTO kept VALUES ('Lượng Minh')");
            }
        }
        try (LocalPostgres second = LocalPostgres.start(Optional.of(data), 0);
             Connection c = DriverManager.getConnection(second.jdbcUrl("dossier"), LocalPostgres.USER, "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Lượng Minh");
        }
    }

    @Test
    void postgresRefusesADatabaseNameThatIsNotAPlainIdentifier() {
        try (LocalPostgres pg = LocalPostgres.start(Optional.empty(), 0)) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> pg.createDatabaseIfMissing("x; DROP DATABASE postgres"));
        }
    }

    @Test
    void kafkaDeliversRecordsWrittenBeforeARestart(@TempDir Path dir) throws Exception {
        try (LocalKafka kafka = LocalKafka.start(Optional.of(dir.resolve("kafka")), 0)) {
            Map<String, Object> common = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (Admin admin = Admin.create(common)) {
                admin.createTopics(List.of(new NewTopic("restart.test", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart.test", "k", "before")).get();
            }

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();

            try (Admin admin = Admin.create(common)) {
                assertThat(admin.listTopics().names().get()).contains("restart.test");
            }
            List<String> seen = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(Set.of("restart.test"));
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        seen.add(r.value());
                    }
                    return !seen.isEmpty();
                });
            }
            assertThat(seen).containsExactly("before");
        }
    }

    @Test
    void kafkaNeverCreatesATopicBecauseAClientAskedForIt() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(Optional.empty(), 0);
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000), new StringSerializer(), new StringSerializer());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> producer.send(new ProducerRecord<>("never.declared", "v")).get());
            assertThat(admin.listTopics().names().get()).doesNotContain("never.declared");
        }
    }
}
