package vn.motcua.dossier.domain.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.dossier.domain.SeededCalendars;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.lifecycle.ApplicantProfile;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.rules.Violation;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a dossier is for: a person or an organisation, reachable some way, perhaps handed in by a representative. */
class ApplicantRulebookTest {

    private static final Representative DIGITAL_TEAM = new Representative("Vi Thị Hoa", "040195004321",
            RepresentativeCapacity.COMMUNITY_DIGITAL_TEAM);

    @Test
    void a_person_without_a_phone_is_reachable_by_address() {
        Applicant person = Applicant.person("Lô Văn Minh", "040203001234", null, "Bản Xốp Mạt, xã Lượng Minh", null);

        assertThat(person.violations()).isEmpty();
        assertThat(person.normalised().kind()).isEqualTo(ApplicantKind.PERSON);
    }

    @Test
    void an_applicant_nobody_can_reach_is_refused_naming_the_three_ways() {
        Applicant person = Applicant.person("Lô Văn Minh", "040203001234", " ", null, "");

        assertThat(person.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("phone");
            assertThat(violation.message()).contains("phone", "email", "address");
        });
    }

    @Test
    void an_applicant_without_a_kind_is_a_person_as_before_organisations() {
        Applicant legacy = new Applicant(null, "Lô Văn Minh", "040203001234", null, null, "0912345678", null, null, null);

        assertThat(legacy.violations()).isEmpty();
        assertThat(legacy.normalised().kind()).isEqualTo(ApplicantKind.PERSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2901234567", "2901234567-001", "040203001234"})
    void an_organisation_is_named_with_a_tax_code_of_ten_thirteen_or_twelve_digits(String taxCode) {
        assertThat(organisation(taxCode).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"290123456", "29012345670", "2901234567001", "2901234567-01", "29O1234567", "2901234567 - 001"})
    void a_tax_code_of_another_shape_is_refused_naming_the_shapes_without_echoing_it(String taxCode) {
        assertThat(organisation(taxCode).violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("taxCode");
            assertThat(violation.message()).contains("10 digits", "NNNNNNNNNN-NNN", "household business").doesNotContain(taxCode);
        });
    }

    @Test
    void an_organisation_has_no_citizen_name_and_a_person_no_tax_code() {
        Applicant organisationWithPersonFields = new Applicant(ApplicantKind.ORGANISATION, "Lô Văn Minh", "040203001234",
                "Hợp tác xã Lượng Minh", "2901234567", null, null, "htx@luongminh.vn", null);
        Applicant personWithTaxCode = new Applicant(ApplicantKind.PERSON, "Lô Văn Minh", "040203001234", null,
                "2901234567", "0912345678", null, null, null);
        Applicant organisationWithoutName = new Applicant(ApplicantKind.ORGANISATION, null, null, " ", "2901234567",
                "0912345678", null, null, null);

        assertThat(organisationWithPersonFields.violations()).extracting(Violation::field).containsExactly("fullName", "citizenId");
        assertThat(personWithTaxCode.violations()).extracting(Violation::field).containsExactly("taxCode");
        assertThat(organisationWithoutName.violations()).extracting(Violation::field).containsExactly("organisationName");
    }

    @Test
    void a_representative_gives_a_name_a_citizen_id_and_a_capacity() {
        Applicant handedInByNobody = withRepresentative(new Representative(" ", "0401950043", null));

        assertThat(withRepresentative(DIGITAL_TEAM).violations()).isEmpty();
        assertThat(handedInByNobody.violations()).extracting(Violation::field).containsExactly(
                "representative.fullName", "representative.citizenId", "representative.capacity");
    }

    @Test
    void the_applicants_data_never_shows_in_a_log_line() {
        Applicant applicant = withRepresentative(DIGITAL_TEAM);

        assertThat(applicant.toString()).contains("PERSON").doesNotContain("Lô Văn Minh", "040203001234", "Vi Thị Hoa",
                "040195004321", "0912345678");
        assertThat(DIGITAL_TEAM.toString()).contains("COMMUNITY_DIGITAL_TEAM").doesNotContain("Vi Thị Hoa", "040195004321");
    }

    @Test
    void stored_blanks_are_absent_and_only_the_kinds_fields_are_kept() {
        Applicant typed = new Applicant(ApplicantKind.ORGANISATION, null, null, "  Hợp tác xã Lượng Minh ", "2901234567-001",
                "091 234 5678", "  ", null, DIGITAL_TEAM);

        Applicant stored = typed.normalised();

        assertThat(stored.organisationName()).isEqualTo("Hợp tác xã Lượng Minh");
        assertThat(stored.phone()).isEqualTo("0912345678");
        assertThat(stored.address()).isNull();
        assertThat(stored.displayName()).isEqualTo("Hợp tác xã Lượng Minh");
        assertThat(stored.representative()).isEqualTo(DIGITAL_TEAM);
    }

    @Test
    void the_dossiers_public_state_tells_the_kind_and_the_capacity_and_nothing_that_identifies_anyone() {
        IntakeProcedure birth = new IntakeProcedure("1.001193", "tu-phap-ho-tich", ProcessingTime.sameDay(LocalTime.of(15, 0)),
                Set.of(IntakeUnit.COMMUNE), true);
        IntakeUnit luongMinh = new IntakeUnit("16906", IntakeUnit.COMMUNE, true);
        Applicant cooperative = new Applicant(ApplicantKind.ORGANISATION, null, null, "Hợp tác xã Lượng Minh", "2901234567",
                null, "Bản Xốp Mạt", null, DIGITAL_TEAM);
        IntakeCommand command = new IntakeCommand(birth.code(), "16906", null, null, cooperative,
                List.of(new ReceivedDocument("Tờ khai", ReceivedAs.PAPER, null, null, null)));

        Admissible admissible = (Admissible) IntakeRulebook.LIVE.decide(new HandIn(command,
                new Receiver.CounterOfficer(Optional.of("16906")), Optional.of(birth), Optional.of(luongMinh), Optional.of(luongMinh)));
        HandedIn handedIn = admissible.handIn(UUID.randomUUID(), "000.16.906.H40-250707-0001",
                Instant.parse("2025-07-07T02:00:00Z"), new Lifecycle(new DueTimePolicy(SeededCalendars.standard())));

        assertThat(handedIn.dossier().applicant()).isEqualTo(
                new ApplicantProfile(ApplicantKind.ORGANISATION, RepresentativeCapacity.COMMUNITY_DIGITAL_TEAM));
    }

    private static Applicant organisation(String taxCode) {
        return new Applicant(ApplicantKind.ORGANISATION, null, null, "Hộ kinh doanh Lô Văn Minh", taxCode, null,
                "Bản Xốp Mạt, xã Lượng Minh", null, null);
    }

    private static Applicant withRepresentative(Representative representative) {
        return new Applicant(ApplicantKind.PERSON, "Lô Văn Minh", "040203001234", null, null, "0912345678", null, null,
                representative);
    }
}
