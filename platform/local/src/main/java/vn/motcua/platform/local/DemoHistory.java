package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo province's past: legacy dossiers from 1 July to 31 December 2025 for the historical import,
 * drawn from a fixed seed so that every run produces the very same rows (and a second import finds them
 * all unchanged). It holds DOMAIN.md's real case: Lượng Minh received 43 civil-status dossiers from 1 to
 * 9 July 2025 and resolved all on time, and no other dossier of that field, unit and period.
 */
final class DemoHistory {

    static final String REAL_CASE_UNIT = "16906";
    static final String REAL_CASE_FIELD = "tu-phap-ho-tich";
    static final LocalDate REAL_CASE_FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate REAL_CASE_TO = LocalDate.of(2025, 7, 9);
    static final int REAL_CASE_DOSSIERS = 43;
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final long SEED = 20250701L;
    private static final String PROVINCE = "40";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vi", "Lô", "Lương", "Ngân", "Kha", "Vừ", "Moong"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Thu", "Hữu", "Ngọc", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam",
            "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Tuấn", "Vân", "Xuân"};
    private static final String[] HAMLET = {"Bản Xốp Mạt", "Bản Cà Moong", "Bản Huồi Pốc", "Xóm 1", "Xóm 3", "Khối 2", "Khối 5", "Bản Na Loi"};

    /** A procedure as the demo needs it, read from the sample catalogue. */
    record Procedure(String code, String fieldCode, boolean provinceLevel, String timeUnit, int amount,
                     boolean paid, boolean online, List<String> documents) {
    }

    /** A unit that receives dossiers: its code, name and agency code. */
    record Unit(String code, String name, String agencyCode) {
    }

    private final ObjectMapper json;
    private final List<Procedure> procedures;
    private final List<Unit> communes;
    private final Set<LocalDate> holidays;
    private final Random random = new Random(SEED);
    private final Map<String, Integer> dailySequence = new HashMap<>();

    DemoHistory(ObjectMapper json, JsonNode catalogue, Set<LocalDate> holidays) {
        this.json = json;
        this.holidays = holidays;
        this.procedures = new ArrayList<>();
        for (JsonNode p : catalogue.path("procedures")) {
            List<String> documents = new ArrayList<>();
            p.path("documents").forEach(d -> documents.add(d.path("name").asText()));
            boolean paid = false;
            for (JsonNode fee : p.path("fees")) {
                paid |= fee.path("amount").asLong() > 0;
            }
            boolean provinceLevel = !p.path("levels").toString().contains("COMMUNE");
            procedures.add(new Procedure(p.path("code").asText(), p.path("fieldCode").asText(), provinceLevel,
                    p.path("processingTime").path("unit").asText(), p.path("processingTime").path("amount").asInt(0),
                    paid, !"NONE".equals(p.path("onlineServiceLevel").asText()), documents));
        }
        Map<String, Unit> units = new HashMap<>();
        for (JsonNode u : catalogue.path("units")) {
            units.put(u.path("code").asText(), new Unit(u.path("code").asText(), u.path("name").asText(), u.path("agencyCode").asText()));
        }
        // the sample holds all of the province's units; the demo gives dossiers to the dozen it names, in its order
        this.communes = new ArrayList<>();
        for (JsonNode code : catalogue.path("demoUnits")) {
            Unit unit = units.get(code.asText());
            if (unit == null) {
                throw new PlatformException("the sample catalogue's demoUnits names " + code.asText() + ", which is not one of its units");
            }
            communes.add(unit);
        }
    }

    /** Every legacy dossier, the real case first, in the order they were received. */
    List<ObjectNode> rows() {
        List<ObjectNode> rows = new ArrayList<>(realCase());
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Unit unit : communes) {
                // about one dossier every other working day per commune: some 800 in all, imported in about a minute
                int draw = random.nextInt(20);
                int count = draw < 8 ? 1 : draw < 9 ? 2 : 0;
                for (int i = 0; i < count; i++) {
                    Procedure procedure = procedures.get(random.nextInt(procedures.size()));
                    if (unit.code().equals(REAL_CASE_UNIT) && procedure.fieldCode().equals(REAL_CASE_FIELD)
                            && day.isBefore(REAL_CASE_TO.plusWeeks(3))) {
                        // the real case is all Lượng Minh had of that field in those days
                        continue;
                    }
                    rows.add(dossier(unit, procedure, day, random.nextDouble()));
                }
            }
        }
        return rows;
    }

    /** The 43 dossiers of DOMAIN.md's real case: same-day civil-status procedures, each resolved on its due date. */
    private List<ObjectNode> realCase() {
        Unit luongMinh = communes.stream().filter(u -> u.code().equals(REAL_CASE_UNIT)).findFirst()
                .orElseThrow(() -> new PlatformException("the sample catalogue has no unit " + REAL_CASE_UNIT));
        List<Procedure> sameDay = procedures.stream()
                .filter(p -> p.fieldCode().equals(REAL_CASE_FIELD) && p.timeUnit().equals("SAME_DAY")).toList();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = REAL_CASE_FROM; !day.isAfter(REAL_CASE_TO); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (int n = 0; n < REAL_CASE_DOSSIERS; n++) {
            LocalDate day = days.get(n * days.size() / REAL_CASE_DOSSIERS);
            Procedure procedure = sameDay.get(n % sameDay.size());
            boolean online = n % 5 == 0;
            OffsetDateTime received = at(day, LocalTime.of(7, 45).plusMinutes(random.nextInt(360)));
            ObjectNode row = header(luongMinh, procedure, day, online ? "ONLINE" : "COUNTER");
            ArrayNode timeline = row.putArray("timeline");
            OffsetDateTime clock = intake(timeline, online, received);
            clock = step(timeline, "start", clock.plusMinutes(10));
            OffsetDateTime resolvedAt = at(day, LocalTime.of(16, 0).plusMinutes(random.nextInt(50)));
            resolve(timeline, resolvedAt, online);
            step(timeline, "return", at(nextWorkingDay(day), LocalTime.of(8, 30)));
            rows.add(row);
        }
        return rows;
    }

    /** One legacy dossier whose story the draw decides: refused, withdrawn, supplemented, paid, late with an apology, or plain. */
    private ObjectNode dossier(Unit unit, Procedure procedure, LocalDate day, double story) {
        boolean online = procedure.online() && random.nextInt(10) < 3;
        String channel = online ? "ONLINE" : random.nextInt(20) == 0 ? "POST" : "COUNTER";
        ObjectNode row = header(unit, procedure, day, channel);
        if (procedure.provinceLevel()) {
            row.put("competentUnitCode", PROVINCE);
        }
        ArrayNode timeline = row.putArray("timeline");
        OffsetDateTime received = at(day, LocalTime.of(7, 40).plusMinutes(random.nextInt(380)));
        if (online && story < 0.04) {
            step(timeline, "submit", received);
            ObjectNode refuse = stepNode(timeline, "refuse", received.plusMinutes(40));
            refuse.put("reason", "Hồ sơ thiếu thành phần theo quy định");
            refuse.put("reasonCode", "INCOMPLETE");
            return row;
        }
        OffsetDateTime clock = intake(timeline, online, received);
        if (story < 0.08) {
            ObjectNode withdraw = stepNode(timeline, "withdraw", at(nextWorkingDay(day), LocalTime.of(9, 15)));
            withdraw.put("reason", "Người nộp xin rút hồ sơ");
            return row;
        }
        clock = step(timeline, "start", clock.plusMinutes(15));
        LocalDate due = dueDate(procedure, day);
        LocalDate resolvedOn;
        if (story < 0.20) {
            ObjectNode request = stepNode(timeline, "request-supplement", clock.plusMinutes(30));
            request.putArray("missingDocuments").add(procedure.documents().get(procedure.documents().size() - 1) + " (bản chính)");
            LocalDate back = addWorkingDays(day, 1 + random.nextInt(3));
            clock = step(timeline, "provide-supplement", at(back, LocalTime.of(8, 0).plusMinutes(random.nextInt(120))));
            due = addWorkingDays(due, workingDaysBetween(day, back));
            resolvedOn = back.isBefore(due) ? back : due;
        } else if (story < 0.28 && procedure.paid()) {
            clock = step(timeline, "request-payment", clock.plusMinutes(20));
            clock = step(timeline, "confirm-payment", clock.plusMinutes(30 + random.nextInt(60)));
            resolvedOn = due.isAfter(day) ? addWorkingDays(day, random.nextInt(workingDaysBetween(day, due) + 1)) : day;
        } else if (story < 0.34) {
            // late: an apology with a new appointment on the due date, then resolved after it
            ObjectNode apology = stepNode(timeline, "reschedule", later(clock, at(due, LocalTime.of(15, 30))));
            apology.put("reason", "Cần xác minh thêm thông tin với cơ quan liên quan");
            apology.put("newAppointmentAt", format(at(addWorkingDays(due, 3), LocalTime.of(16, 0))));
            clock = OffsetDateTime.parse(apology.path("at").asText());
            resolvedOn = addWorkingDays(due, 1 + random.nextInt(2));
        } else {
            resolvedOn = due.isAfter(day) ? addWorkingDays(day, random.nextInt(workingDaysBetween(day, due) + 1)) : day;
        }
        OffsetDateTime resolvedAt = later(clock, at(resolvedOn, LocalTime.of(14, 0).plusMinutes(random.nextInt(170))));
        resolve(timeline, resolvedAt, online);
        if (random.nextInt(10) < 9) {
            step(timeline, "return", at(addWorkingDays(resolvedOn, 1 + random.nextInt(2)), LocalTime.of(9, 0)));
        }
        return row;
    }

    private ObjectNode header(Unit unit, Procedure procedure, LocalDate day, String channel) {
        String key = unit.code() + day;
        int sequence = dailySequence.merge(key, 1, Integer::sum);
        String code = unit.agencyCode() + "-" + day.format(YYMMDD) + "-" + String.format("%04d", sequence);
        ObjectNode row = json.createObjectNode();
        row.put("code", code);
        row.put("procedureCode", procedure.code());
        row.put("receivingUnitCode", unit.code());
        row.put("channel", channel);
        String fullName = pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
        String citizenId = String.format("040%d%02d%06d", random.nextInt(4), random.nextInt(100), random.nextInt(1_000_000));
        String phone = String.format("09%08d", random.nextInt(100_000_000));
        applicant(row.putObject("applicant"), Math.floorMod(code.hashCode(), 20), fullName, citizenId, phone,
                pick(HAMLET) + ", " + unit.name(), channel.equals("ONLINE"));
        ArrayNode documents = row.putArray("documents");
        for (String name : procedure.documents()) {
            ObjectNode document = documents.addObject();
            document.put("name", name);
            if (channel.equals("ONLINE")) {
                document.put("receivedAs", "FILE");
                document.put("fileName", slug(name) + ".pdf");
                document.put("sizeBytes", 40_000 + random.nextInt(900_000));
                document.put("sha256", sha256(code + name));
            } else {
                document.put("receivedAs", "PAPER");
            }
        }
        return row;
    }

    private OffsetDateTime intake(ArrayNode timeline, boolean online, OffsetDateTime at) {
        if (online) {
            step(timeline, "submit", at);
            return step(timeline, "accept", at.plusMinutes(20));
        }
        return step(timeline, "receive", at);
    }

    private void resolve(ArrayNode timeline, OffsetDateTime at, boolean asFile) {
        ObjectNode resolve = stepNode(timeline, "resolve", at);
        resolve.put("outcome", "APPROVED");
        resolve.put("resultAsFile", asFile);
    }

    private OffsetDateTime step(ArrayNode timeline, String action, OffsetDateTime at) {
        stepNode(timeline, action, at);
        return at;
    }

    private ObjectNode stepNode(ArrayNode timeline, String action, OffsetDateTime at) {
        ObjectNode step = timeline.addObject();
        step.put("action", action);
        step.put("at", format(at));
        return step;
    }

    /** The due date as the calendar rules fix it for a dossier received early in the working day. */
    private LocalDate dueDate(Procedure procedure, LocalDate received) {
        return switch (procedure.timeUnit()) {
            case "WORKING_DAYS" -> addWorkingDays(received, procedure.amount());
            case "WORKING_HOURS" -> addWorkingDays(received, procedure.amount() / 8);
            default -> received;
        };
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        return addWorkingDays(day, 1);
    }

    private LocalDate addWorkingDays(LocalDate day, int days) {
        LocalDate result = day;
        for (int added = 0; added < days; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                added++;
            }
        }
        return result;
    }

    private int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; day.isBefore(to); day = nextWorkingDay(day)) {
            days++;
        }
        return days;
    }

    /** {@code wanted}, or a few minutes after {@code previous} when the plan would go back in time. */
    private static OffsetDateTime later(OffsetDateTime previous, OffsetDateTime wanted) {
        return wanted.isAfter(previous) ? wanted : previous.plusMinutes(5);
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return OffsetDateTime.of(day, time, VIETNAM);
    }

    private static String format(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Applicants of every kind, chosen by the code so the random draws stay as they were: one in twenty a
     * household business (its owner's CCCD as tax code), one in twenty without a phone (the address
     * reaches them), some handed in by a relative, and online ones often by the commune's digital team.
     */
    private static void applicant(ObjectNode applicant, int variety, String name, String citizenId, String phone,
                                  String address, boolean online) {
        if (variety == 0) {
            applicant.put("kind", "ORGANISATION");
            applicant.put("organisationName", "Hộ kinh doanh " + name);
            applicant.put("taxCode", citizenId);
        } else {
            applicant.put("fullName", name);
            applicant.put("citizenId", citizenId);
        }
        if (variety != 1) {
            applicant.put("phone", phone);
        }
        applicant.put("address", address);
        String capacity = variety == 2 ? "RELATIVE" : online && variety < 8 ? "COMMUNITY_DIGITAL_TEAM" : null;
        if (capacity != null) {
            ObjectNode representative = applicant.putObject("representative");
            representative.put("fullName", capacity.equals("RELATIVE") ? name.substring(0, name.indexOf(' ')) + " Thị Hoa" : "Vi Văn Thắng");
            representative.put("citizenId", "0401" + citizenId.substring(4, 11) + (citizenId.charAt(11) == '9' ? '0' : '9'));
            representative.put("capacity", capacity);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase();
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String sha256(String text) {
        return DemoFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
