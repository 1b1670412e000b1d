package vn.motcua.dossier.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.CalendarService;
import vn.motcua.dossier.domain.deadline.Deadline;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A province that works Saturday mornings and other hours (motcua.calendar.*): the working week
 * comes from configuration into the API, the proposals, the write rules and the due times.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(ConfiguredWorkingWeekTest.SaturdayMorningsAndOtherHours.class)
class ConfiguredWorkingWeekTest {

    /** Saturday mornings worked, 07:00-11:00 and 13:00-16:30. */
    public static class SaturdayMorningsAndOtherHours implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "motcua.calendar.saturday-morning", "true",
                    "motcua.calendar.morning", "07:00-11:00",
                    "motcua.calendar.afternoon", "13:00-16:30");
        }
    }

    @Inject
    CalendarService calendars;

    @Test
    void showsTheConfiguredWorkingWeek() {
        given().auth().oauth2(Tokens.officer("16906"))
                .when().get("/api/v1/calendar/{year}", 2025)
                .then().statusCode(200)
                .body("workingWeek.fullDays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("workingWeek.morningOnlyDays", contains("SATURDAY"))
                .body("workingWeek.hours.start", contains("07:00", "13:00"))
                .body("workingWeek.hours.end", contains("11:00", "16:30"));
    }

    @Test
    void proposesNoCompensatoryDayForAHolidayOnAWorkedSaturday() {
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get("/api/v1/calendar/{year}", 2027)
                .then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                // Saturday 1 May and Saturday 6 February (mùng 1) are worked mornings: only Sunday 7 February
                // gives a day off, on Tuesday 9 February
                .body("holidays.date", not(hasItem("2027-05-03")))
                .body("holidays.date", not(hasItem("2027-02-10")))
                .body("holidays.find { it.date == '2027-02-09' }.name",
                        equalTo("Nghỉ bù Tết Nguyên đán (mùng 2) rơi vào Chủ nhật 07/02"));
    }

    @Test
    void fixesDueTimesOnTheConfiguredHours() {
        DueTimePolicy policy = new DueTimePolicy(calendars.workingCalendar());

        Deadline oneWorkingDay = policy.deadlineAtReceipt(ProcessingTime.workingDays(1),
                OffsetDateTime.parse("2025-07-11T10:00:00+07:00").toInstant());
        Deadline fourHours = policy.deadlineAtReceipt(ProcessingTime.workingHours(4),
                OffsetDateTime.parse("2025-07-11T15:30:00+07:00").toInstant());

        assertThat(oneWorkingDay.dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-07-12T11:00:00+07:00"));
        assertThat(fourHours.dueAt().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-07-12T10:00:00+07:00"));
    }

    @Test
    void acceptsAMakeUpSaturdayButNotAMakeUpWeekday() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("""
                        {"holidays": [],
                         "makeUpWorkingDays": [{"date": "2030-03-09", "name": "Làm bù"}, {"date": "2030-03-06", "name": "Làm bù"}]}""")
                .when().put("/api/v1/calendar/{year}", 2030)
                .then().statusCode(400)
                .body("errors.field", contains("makeUpWorkingDays[1].date"))
                .body("errors[0].message", equalTo(
                        "must be a day the working week does not work in full (Saturday or Sunday); 2030-03-06 is a Wednesday"));
    }
}
