package vn.motcua.dossier.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.CalendarSeeder;
import vn.motcua.dossier.application.CalendarService;
import vn.motcua.dossier.domain.calendar.WorkingCalendar;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The calendar API on the service's real PostgreSQL: the seeded years read back, proposed years,
 * writes by province admins with validation, optimistic locking and an audit trail. The suite shares
 * one database, so every test that writes uses a year of its own.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CalendarApiTest {

    private static final String CALENDAR = "/api/v1/calendar/{year}";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    SettableClock clock;

    @Inject
    CalendarService calendars;

    @Inject
    CalendarSeeder seeder;

    @AfterEach
    void letTheClockRunAgain() {
        clock.reset();
    }

    // --- reading ---

    @Test
    void anOfficerReadsTheSeeded2025WithItsNamesAndVersion() {
        given().auth().oauth2(Tokens.officer("16906"))
                .when().get(CALENDAR, 2025)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("year", equalTo(2025))
                .body("status", equalTo("STORED"))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("system:seed"))
                .body("holidays", hasSize(12))
                .body("holidays.find { it.date == '2025-01-29' }.name", equalTo("Tết Nguyên đán (mùng 1)"))
                .body("holidays.find { it.date == '2025-01-29' }.confidence", equalTo("CERTAIN"))
                .body("holidays.find { it.date == '2025-05-02' }.name", equalTo("Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"))
                .body("holidays.find { it.date == '2025-05-02' }.confidence", equalTo("HIGH"))
                .body("makeUpWorkingDays.date", contains("2025-04-26"))
                .body("makeUpWorkingDays[0].name", equalTo("Làm bù cho ngày 2/5"))
                .body("workingWeek.fullDays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("workingWeek.morningOnlyDays", empty())
                .body("workingWeek.hours.start", contains("07:30", "13:30"))
                .body("workingWeek.hours.end", contains("11:30", "17:00"));
    }

    @Test
    void anAnalystReadsTheSeeded2026WithTheCompensatoryMondayAndTheLowConfidenceGuess() {
        given().auth().oauth2(Tokens.analyst())
                .when().get(CALENDAR, 2026)
                .then().statusCode(200)
                .body("status", equalTo("STORED"))
                .body("holidays", hasSize(11))
                .body("holidays.date", hasItem("2026-04-27"))
                .body("holidays.find { it.date == '2026-04-27' }.name",
                        equalTo("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)"))
                .body("holidays.find { it.date == '2026-09-01' }.confidence", equalTo("LOW"))
                .body("makeUpWorkingDays", empty());
    }

    @Test
    void aYearNobodyStoredIsAnsweredWithTheProposalMarkedAsSuch() {
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get(CALENDAR, 2027)
                .then().statusCode(200)
                .header("ETag", nullValue())
                .body("status", equalTo("PROPOSED"))
                .body("$", not(hasKey("version")))
                .body("$", not(hasKey("updatedAt")))
                .body("holidays.find { it.date == '2027-02-06' }.name", equalTo("Tết Nguyên đán (mùng 1)"))
                .body("holidays.find { it.date == '2027-02-06' }.confidence", equalTo("CERTAIN"))
                .body("holidays.find { it.date == '2027-04-16' }.name", equalTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)"))
                .body("holidays.find { it.date == '2027-05-03' }.name",
                        equalTo("Nghỉ bù Quốc tế Lao động rơi vào Thứ Bảy 01/05"))
                .body("holidays.find { it.date == '2027-05-03' }.confidence", equalTo("HIGH"))
                .body("holidays.date", contains("2027-01-01", "2027-02-04", "2027-02-05", "2027-02-06", "2027-02-07",
                        "2027-02-08", "2027-02-09", "2027-02-10", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03",
                        "2027-09-02", "2027-09-03"));
    }

    @Test
    void refusesAYearOutsideTheRangeNamingTheYear() {
        for (String year : List.of("1899", "2101", "20x5", "-2025")) {
            given().auth().oauth2(Tokens.officer("16906"))
                    .when().get("/api/v1/calendar/" + year)
                    .then().statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:motcua:problem:validation"))
                    .body("errors.field", contains("year"))
                    .body("errors[0].message", containsString("must be a year from 1900 to 2100"));
        }
    }

    @Test
    void refusesAnonymousReadersAndCitizens() {
        given().when().get(CALENDAR, 2025)
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:unauthenticated"));
        given().auth().oauth2(Tokens.citizen("citizen-42"))
                .when().get(CALENDAR, 2025)
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"));
    }

    // --- writing ---

    @Test
    void aProvinceAdminStoresAProposedYearAndReadsItBackAsStored() {
        clock.set("2026-12-01T09:00:00+07:00");

        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(calendar(List.of(day("2030-01-01", "Tết Dương lịch"), day("2030-02-04", "Tết Nguyên đán")),
                        List.of(day("2030-02-16", "Làm bù Tết"))))
                .when().put(CALENDAR, 2030)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("STORED"))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("province-admin"))
                .body("updatedAt", equalTo("2026-12-01T09:00:00+07:00"))
                .body("holidays.date", contains("2030-01-01", "2030-02-04"))
                .body("holidays[1].confidence", equalTo("CERTAIN"));

        given().auth().oauth2(Tokens.officer("16906"))
                .when().get(CALENDAR, 2030)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("STORED"))
                .body("holidays.name", contains("Tết Dương lịch", "Tết Nguyên đán"))
                .body("makeUpWorkingDays.date", contains("2030-02-16"))
                .body("makeUpWorkingDays[0].name", equalTo("Làm bù Tết"));
    }

    @Test
    void auditsEveryWriteWithWhoWhenAndTheYearBeforeAndAfter() throws Exception {
        clock.set("2026-12-01T09:00:00+07:00");
        put(2031, calendar(List.of(day("2031-01-01", "Tết Dương lịch")), List.of()), Map.of()).then().statusCode(200);
        clock.set("2026-12-02T10:30:00+07:00");
        put(2031, calendar(List.of(day("2031-01-01", "Tết Dương lịch"), day("2031-09-02", "Quốc khánh")), List.of()),
                Map.of("If-Match", "\"1\"")).then().statusCode(200).header("ETag", "\"2\"");

        List<Map<String, Object>> audit = TestDatabase.rows("""
                SELECT action, version, changed_by, changed_at,
                       before_calendar IS NULL AS no_before,
                       jsonb_array_length(before_calendar -> 'holidays') AS holidays_before,
                       jsonb_array_length(after_calendar -> 'holidays') AS holidays_after,
                       after_calendar -> 'holidays' -> 1 ->> 'name' AS second_name_after,
                       after_calendar -> 'holidays' -> 1 ->> 'date' AS second_date_after
                FROM calendar_audit WHERE year = ? ORDER BY id""", 2031);

        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("action", "CREATED").containsEntry("version", 1L)
                .containsEntry("changed_by", "province-admin").containsEntry("no_before", true)
                .containsEntry("holidays_after", 1);
        assertThat(audit.get(1)).containsEntry("action", "UPDATED").containsEntry("version", 2L)
                .containsEntry("no_before", false).containsEntry("holidays_before", 1).containsEntry("holidays_after", 2)
                .containsEntry("second_name_after", "Quốc khánh").containsEntry("second_date_after", "2031-09-02");
        assertThat(((java.sql.Timestamp) audit.get(1).get("changed_at")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-12-02T10:30:00+07:00").toInstant());
    }

    @Test
    void namesEachEntryThatBreaksARuleAndStoresNothing() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(calendar(
                        List.of(day("2032-01-01", "Tết Dương lịch"), day("2033-01-01", "Tết Dương lịch"),
                                day("2032-01-01", "Năm mới"), day("2032-05-01", "Quốc tế Lao động")),
                        List.of(day("2032-02-11", "Làm bù"), day("2032-05-01", "Làm bù"))))
                .when().put(CALENDAR, 2032)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors.field", contains("holidays[1].date", "holidays[2].date", "makeUpWorkingDays[0].date",
                        "makeUpWorkingDays[1].date"))
                .body("errors[0].message", equalTo("must be a date in 2032, not 2033-01-01"))
                .body("errors[1].message", equalTo("2032-01-01 is listed twice; it is already holidays[0]"))
                .body("errors[2].message", equalTo(
                        "must be a day the working week does not work in full (Saturday or Sunday); 2032-02-11 is a Wednesday"))
                .body("errors[3].message", equalTo(
                        "2032-05-01 is also a holiday (holidays[3]); a day is either a holiday or a make-up working day"));

        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get(CALENDAR, 2032)
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void namesAMissingDateNameOrList() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"holidays": [{"name": "Tết Dương lịch"}, {"date": "2032-09-02", "name": "  "}]}""")
                .when().put(CALENDAR, 2032)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("holidays[0].date", "holidays[1].name", "makeUpWorkingDays"));
    }

    @Test
    void namesADateThatDoesNotExist() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"holidays": [{"date": "2032-02-30", "name": "Tết"}], "makeUpWorkingDays": []}""")
                .when().put(CALENDAR, 2032)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("errors.field", contains("holidays[0].date"));
    }

    @Test
    void onlyProvinceAdminsWrite() {
        String body = calendar(List.of(day("2039-01-01", "Tết Dương lịch")), List.of());
        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON).body(body)
                .when().put(CALENDAR, 2039)
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body)
                .when().put(CALENDAR, 2039)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(body)
                .when().put(CALENDAR, 2039)
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer");
        // whatever the body: roles are checked before it is read
        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON).body("{\"holidays\": ")
                .when().put(CALENDAR, 2039)
                .then().statusCode(403);

        given().auth().oauth2(Tokens.provinceAdmin()).when().get(CALENDAR, 2039)
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void aWriteBasedOnAStaleVersionIsRefusedWith412AndChangesNothing() {
        put(2033, calendar(List.of(day("2033-01-01", "Tết Dương lịch")), List.of()), Map.of()).then().statusCode(200);
        put(2033, calendar(List.of(day("2033-01-03", "Nghỉ bù Tết Dương lịch")), List.of()), Map.of("If-Match", "\"1\""))
                .then().statusCode(200).header("ETag", "\"2\"");

        put(2033, calendar(List.of(day("2033-01-04", "Ngày khác")), List.of()), Map.of("If-Match", "\"1\""))
                .then().statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:precondition-failed"))
                .body("detail", equalTo("If-Match names \"1\" but the calendar of 2033 is at version \"2\"; read it again and retry."));

        given().auth().oauth2(Tokens.officer("16906")).when().get(CALENDAR, 2033)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("holidays.date", contains("2033-01-03"));
        put(2033, calendar(List.of(day("2033-01-04", "Ngày khác")), List.of()), Map.of("If-Match", "\"3\", \"2\""))
                .then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void ifMatchOnAYearThatIsOnlyProposedIs412() {
        put(2040, calendar(List.of(day("2040-01-01", "Tết Dương lịch")), List.of()), Map.of("If-Match", "*"))
                .then().statusCode(412)
                .body("detail", containsString("not stored yet"));
    }

    @Test
    void ifNoneMatchStarStoresAYearOnlyOnce() {
        String body = calendar(List.of(day("2034-01-02", "Nghỉ bù Tết Dương lịch")), List.of());
        put(2034, body, Map.of("If-None-Match", "*")).then().statusCode(200).header("ETag", "\"1\"");
        put(2034, body, Map.of("If-None-Match", "*")).then().statusCode(412)
                .body("detail", containsString("already stored"));
    }

    @Test
    void aWriteThatLosesARaceWithAnotherWriteGets409AndLeavesTheWinnersVersion() throws Exception {
        put(2035, calendar(List.of(day("2035-01-01", "Tết Dương lịch")), List.of()), Map.of()).then().statusCode(200);

        ExtractableResponse<Response> loser;
        try (Connection otherWriter = TestDatabase.connect()) {
            otherWriter.setAutoCommit(false);
            try (Statement statement = otherWriter.createStatement()) {
                statement.executeUpdate("UPDATE calendar_year SET version = version + 1, updated_by = 'other-admin' WHERE year = 2035");
            }
            // the service still reads version 1 and passes If-Match "1", then waits on the other writer's row lock
            CompletableFuture<ExtractableResponse<Response>> write = CompletableFuture.supplyAsync(() ->
                    put(2035, calendar(List.of(day("2035-09-03", "Quốc khánh")), List.of()), Map.of("If-Match", "\"1\""))
                            .then().extract());
            await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.sessionsWaitingForALock() > 0);
            otherWriter.commit();
            loser = write.get(30, TimeUnit.SECONDS);
        }

        assertThat(loser.statusCode()).isEqualTo(409);
        assertThat(loser.contentType()).startsWith(PROBLEM_JSON);
        assertThat(loser.<String>path("type")).isEqualTo("urn:motcua:problem:concurrent-modification");
        given().auth().oauth2(Tokens.provinceAdmin()).when().get(CALENDAR, 2035)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("updatedBy", equalTo("other-admin"))
                .body("holidays.date", contains("2035-01-01"));
        assertThat(TestDatabase.rows("SELECT id FROM calendar_audit WHERE year = ?", 2035)).hasSize(1);
    }

    @Test
    void aFirstWriteThatLosesARaceWithAnotherFirstWriteGets409() throws Exception {
        ExtractableResponse<Response> loser;
        try (Connection otherWriter = TestDatabase.connect()) {
            otherWriter.setAutoCommit(false);
            try (Statement statement = otherWriter.createStatement()) {
                statement.executeUpdate("INSERT INTO calendar_year (year, version, updated_at, updated_by) "
                        + "VALUES (2036, 1, now(), 'other-admin')");
            }
            CompletableFuture<ExtractableResponse<Response>> write = CompletableFuture.supplyAsync(() ->
                    put(2036, calendar(List.of(day("2036-01-01", "Tết Dương lịch")), List.of()), Map.of()).then().extract());
            await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.sessionsWaitingForALock() > 0);
            otherWriter.commit();
            loser = write.get(30, TimeUnit.SECONDS);
        }

        assertThat(loser.statusCode()).isEqualTo(409);
        assertThat(loser.<String>path("type")).isEqualTo("urn:motcua:problem:concurrent-modification");
        assertThat(TestDatabase.rows("SELECT day FROM calendar_day WHERE year = ?", 2036)).isEmpty();
    }

    @Test
    void storedYearsReachTheWorkingCalendarAndOtherYearsAreProposed() {
        put(2037, calendar(List.of(day("2037-03-04", "Nghỉ đột xuất")), List.of(day("2037-03-07", "Làm bù"))), Map.of())
                .then().statusCode(200);

        WorkingCalendar calendar = calendars.workingCalendar();

        assertThat(calendar.isWorkingDay(LocalDate.parse("2037-03-04"))).as("a stored holiday on a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2037-03-07"))).as("a stored make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2037-01-01"))).as("2037 is stored without 1 January").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-04-26"))).as("the seeded make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-05-02"))).as("the seeded swapped Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2038-01-01"))).as("2038 is proposed").isFalse();
        assertThat(calendar.holidayOn(LocalDate.parse("2027-02-06")).orElseThrow().name()).isEqualTo("Tết Nguyên đán (mùng 1)");
    }

    @Test
    void theWorkingCalendarIsBuiltAgainOnlyWhenAStoredYearChangesAlsoByAnotherReplica() throws Exception {
        WorkingCalendar before = calendars.workingCalendar();
        assertThat(calendars.workingCalendar()).as("nothing changed: the calendar built last is used again").isSameAs(before);

        put(2043, calendar(List.of(day("2043-03-04", "Nghỉ đột xuất")), List.of()), Map.of()).then().statusCode(200);
        WorkingCalendar afterPut = calendars.workingCalendar();
        assertThat(afterPut).isNotSameAs(before);
        assertThat(afterPut.isWorkingDay(LocalDate.parse("2043-03-04"))).as("the holiday stored through the API").isFalse();

        // another replica stores a day of 2043: it advances the year's version in the same transaction
        try (Connection otherReplica = TestDatabase.connect(); Statement statement = otherReplica.createStatement()) {
            otherReplica.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO calendar_day (day, year, kind, name, confidence) "
                    + "VALUES ('2043-03-05', 2043, 'HOLIDAY', 'Nghỉ bão', 'CERTAIN')");
            statement.executeUpdate("UPDATE calendar_year SET version = version + 1 WHERE year = 2043");
            otherReplica.commit();
        }
        WorkingCalendar afterOtherReplica = calendars.workingCalendar();
        assertThat(afterOtherReplica.isWorkingDay(LocalDate.parse("2043-03-05"))).as("the other replica's holiday").isFalse();
        assertThat(afterOtherReplica.isWorkingDay(LocalDate.parse("2043-03-04"))).isFalse();
    }

    @Test
    void seedsEachYearOnceAndNeverAgain() throws Exception {
        assertThat(seeder.seed()).isEmpty();

        List<Map<String, Object>> seeded = TestDatabase.rows(
                "SELECT year, changed_by FROM calendar_audit WHERE action = 'SEEDED' ORDER BY year");
        assertThat(seeded).extracting(row -> row.get("year")).containsExactly(2025, 2026);
        assertThat(seeded).extracting(row -> row.get("changed_by")).containsOnly("system:seed");
        assertThat(TestDatabase.rows("SELECT day FROM calendar_day WHERE year = 2025")).hasSize(13);
    }

    @Test
    void documentsTheCalendarInOpenApi() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/calendar/{year}'.get.tags", contains("Calendar"))
                .body("paths.'/api/v1/calendar/{year}'.get.responses.'200'.content.'application/json'.examples.proposed",
                        notNullValue())
                .body("paths.'/api/v1/calendar/{year}'.put.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/calendar/{year}'.put.responses.'412'", notNullValue())
                .body("paths.'/api/v1/calendar/{year}'.put.responses.'409'", notNullValue());
    }

    private static Response put(int year, String body, Map<String, String> headers) {
        return given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).headers(headers).body(body)
                .when().put(CALENDAR, year);
    }

    private static String calendar(List<String> holidays, List<String> makeUpWorkingDays) {
        return "{\"holidays\": [" + String.join(", ", holidays) + "], \"makeUpWorkingDays\": ["
                + String.join(", ", makeUpWorkingDays) + "]}";
    }

    private static String day(String date, String name) {
        return "{\"date\": \"" + date + "\", \"name\": \"" + name + "\"}";
    }
}
