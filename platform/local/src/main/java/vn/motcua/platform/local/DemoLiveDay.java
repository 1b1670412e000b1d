package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Today's activity of the demo province through live intake and actions, as the communes' officers and
 * citizens would do it: dossiers received at the counter or submitted online, then started,
 * supplemented, paid, resolved, returned, refused, withdrawn, rescheduled and rated; an online dossier's
 * citizen uploads the files they declared before an officer accepts it. Each call carries an
 * Idempotency-Key derived from the day and the step, so a second run on the same day replays the first
 * answers and changes nothing. (Keys are kept 24 hours: a run on a later day adds that day's activity.)
 */
final class DemoLiveDay {

    private static final List<String> COMMUNES = List.of("16906", "16876", "16690", "17464");

    /** What happens to one dossier today. */
    private enum Story {
        RETURNED_AND_RATED, SUPPLEMENTED, PAID, ONLINE_RATED, ONLINE_REFUSED, WITHDRAWN, RESCHEDULED, WAITING
    }

    private final PlatformClient client;
    private final PrintStream progress;
    private final JsonNode catalogue;
    private final LocalDate today;

    DemoLiveDay(PlatformClient client, PrintStream progress, JsonNode catalogue, LocalDate today) {
        this.client = client;
        this.progress = progress;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** Runs the day; answers {created, replayed}. */
    int[] run() {
        int created = 0;
        int replayed = 0;
        int n = 0;
        for (String unit : COMMUNES) {
            for (Story story : Story.values()) {
                n++;
                if (dossier(unit, story, n)) {
                    replayed++;
                } else {
                    created++;
                }
            }
            progress.printf("Today: unit %s done (%d dossiers)%n", unit, n);
        }
        return new int[] {created, replayed};
    }

    /** Plays one story; answers whether its intake had been done already (a replay). */
    private boolean dossier(String unit, Story story, int n) {
        String officer = client.officer(unit);
        boolean online = story == Story.ONLINE_RATED || story == Story.ONLINE_REFUSED;
        JsonNode procedure = procedure(story, n);
        ObjectNode intake = client.json().createObjectNode();
        intake.put("procedureCode", procedure.path("code").asText());
        intake.put("receivingUnitCode", unit);
        intake.put("channel", online ? "ONLINE" : "COUNTER");
        ObjectNode applicant = intake.putObject("applicant");
        if (n % 7 == 3) {
            // a cooperative's dossier, handed in by the commune's community digital technology team
            applicant.put("kind", "ORGANISATION");
            applicant.put("organisationName", "Hợp tác xã Nông nghiệp " + unit);
            applicant.put("taxCode", String.format("29%08d", n));
            ObjectNode representative = applicant.putObject("representative");
            representative.put("fullName", "Vi Văn Thắng");
            representative.put("citizenId", String.format("0401900%05d", n));
            representative.put("capacity", "COMMUNITY_DIGITAL_TEAM");
        } else {
            applicant.put("fullName", List.of("Lô Văn Minh", "Vi Thị Hoa", "Lương Văn Tuấn", "Ngân Thị Mai").get(n % 4));
            applicant.put("citizenId", String.format("0402030%05d", n));
        }
        applicant.put("phone", String.format("09123%05d", n));
        applicant.put("address", "Bản Xốp Mạt, xã " + unit);
        ArrayNode documents = intake.putArray("documents");
        List<Upload> uploads = new ArrayList<>();
        for (JsonNode document : procedure.path("documents")) {
            ObjectNode received = documents.addObject();
            String name = document.path("name").asText();
            received.put("name", name);
            if (online) {
                // declared as it will be uploaded: the same name, size and digest
                Upload upload = Upload.of(documents.size() - 1, name, n);
                uploads.add(upload);
                received.put("receivedAs", "FILE");
                received.put("fileName", upload.fileName());
                received.put("sizeBytes", upload.bytes().length);
                received.put("sha256", upload.sha256());
            } else {
                received.put("receivedAs", "PAPER");
            }
        }
        String intakeToken = online ? client.citizen("citizen-demo-" + n) : officer;
        PlatformClient.Answer answer = client.post(ServiceName.DOSSIER, "/api/v1/dossiers", intakeToken, intake,
                DemoProvince.key(today.toString(), Integer.toString(n), "intake"));
        JsonNode dossier = answer.expect(201, 200);
        String id = dossier.path("id").asText();
        Actions actions = new Actions(id, officer, n);
        if (online) {
            if (story == Story.ONLINE_REFUSED) {
                actions.act("refuse", Map.of("reason", "Tệp đính kèm không đọc được", "reasonCode", "UNREADABLE"));
                return answer.replayed();
            }
            upload(id, intakeToken, uploads);
            actions.act("accept", Map.of());
        }
        switch (story) {
            case WITHDRAWN -> actions.act("withdraw", Map.of("reason", "Người nộp xin rút hồ sơ"));
            case WAITING -> {
                // left as received: the worklist's next job
            }
            case RESCHEDULED -> {
                JsonNode started = actions.act("start", Map.of());
                // an apology appoints a day after the due time it replaces
                OffsetDateTime due = OffsetDateTime.parse(started.path("dueAt").asText());
                String appointment = due.plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(16).toString();
                actions.act("reschedule", Map.of("reason", "Chờ kết quả xác minh của cơ quan khác", "newAppointmentAt", appointment));
            }
            default -> {
                actions.act("start", Map.of());
                if (story == Story.SUPPLEMENTED) {
                    actions.act("request-supplement", Map.of("missingDocuments",
                            List.of(procedure.path("documents").path(0).path("name").asText() + " (bản chính)")));
                    actions.act("provide-supplement", Map.of());
                }
                if (story == Story.PAID) {
                    actions.act("request-payment", Map.of());
                    actions.act("confirm-payment", Map.of());
                }
                if (online) {
                    storeResult(id, officer, dossier.path("code").asText());
                }
                actions.act("resolve", Map.of("outcome", "APPROVED", "resultAsFile", online));
                actions.act("return", Map.of());
                if (!answer.replayed() && story != Story.PAID && dossier.hasNonNull("pin")) {
                    client.post(ServiceName.DOSSIER, "/api/v1/public/rating", null,
                            Map.of("code", dossier.path("code").asText(), "pin", dossier.path("pin").asText(),
                                    "score", 3 + n % 3), null).expect(200);
                }
            }
        }
        return answer.replayed();
    }

    /**
     * The citizen uploads the files their online dossier declared, as acceptance needs. Only while it awaits
     * acceptance: on a second run of the day the dossier is past it, and its files are there already.
     */
    private void upload(String id, String citizen, List<Upload> uploads) {
        String status = client.get(ServiceName.DOSSIER, "/api/v1/dossiers/" + id, citizen).expect(200).path("status").asText();
        if (!status.equals("SUBMITTED")) {
            return;
        }
        for (Upload upload : uploads) {
            client.putFile(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/documents/" + upload.position() + "/file",
                    citizen, upload.bytes(), upload.mediaType(), upload.fileName()).expect(200);
        }
    }

    /**
     * The competent officer stores the result of an online dossier as a PDF before resolving it as a file, as resolving
     * with {@code resultAsFile} needs. Only while it is processed: on a second run of the day it is resolved already.
     */
    private void storeResult(String id, String officer, String code) {
        String status = client.get(ServiceName.DOSSIER, "/api/v1/dossiers/" + id, officer).expect(200).path("status").asText();
        if (!status.equals("IN_PROGRESS")) {
            return;
        }
        client.putFile(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/result/file", officer,
                DemoFiles.pdf("Ket qua giai quyet ho so " + code), "application/pdf", "ket-qua.pdf").expect(200);
    }

    /** A file a citizen uploads for one document: a photo as a PNG, any other paper scanned to a PDF. */
    private record Upload(int position, String fileName, String mediaType, byte[] bytes) {

        static Upload of(int position, String documentName, int n) {
            if (documentName.toLowerCase(Locale.ROOT).contains("ảnh")) {
                return new Upload(position, "anh-" + (position + 1) + ".png", "image/png", DemoFiles.png());
            }
            return new Upload(position, "tai-lieu-" + (position + 1) + ".pdf", "application/pdf",
                    DemoFiles.pdf("MotCua demo, dossier " + n + ", document " + (position + 1)));
        }

        String sha256() {
            return DemoFiles.sha256(bytes);
        }
    }

    private JsonNode procedure(Story story, int n) {
        List<String> codes = switch (story) {
            case PAID -> List.of("2.000815", "2.000884", "1.004884");
            case ONLINE_RATED, ONLINE_REFUSED -> List.of("1.001193", "1.000656", "2.000635");
            default -> List.of("1.001193", "1.000894", "1.001022", "2.000908", "1.001776");
        };
        String code = codes.get(n % codes.size());
        for (JsonNode procedure : catalogue.path("procedures")) {
            if (procedure.path("code").asText().equals(code)) {
                return procedure;
            }
        }
        throw new PlatformException("the sample catalogue has no procedure " + code);
    }

    /** The actions on one dossier, each with its own stable Idempotency-Key. */
    private final class Actions {
        private final String id;
        private final String officer;
        private final int n;

        Actions(String id, String officer, int n) {
            this.id = id;
            this.officer = officer;
            this.n = n;
        }

        JsonNode act(String action, Map<String, ?> body) {
            return client.post(ServiceName.DOSSIER, "/api/v1/dossiers/" + id + "/actions/" + action, officer, body,
                    DemoProvince.key(today.toString(), Integer.toString(n), action)).expect(200);
        }
    }
}
