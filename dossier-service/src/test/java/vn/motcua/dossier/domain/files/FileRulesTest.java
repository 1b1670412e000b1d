package vn.motcua.dossier.domain.files;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.deadline.ProcessingTime;
import vn.motcua.dossier.domain.lifecycle.ApplicantProfile;
import vn.motcua.dossier.domain.lifecycle.DossierRole;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who attaches a file to a dossier's document, when, and what a file must be. */
class FileRulesTest {

    private static final FileRules RULES = new FileRules(new FileLimits(20 * FileLimits.MB, 100 * FileLimits.MB,
            Set.of(FileType.PDF, FileType.JPEG, FileType.PNG)));
    private static final ArrivedFile PDF = new ArrivedFile("giay-chung-sinh.pdf", 180_000, "application/pdf", "ab".repeat(32));

    @Test
    void the_competent_unit_stores_the_result_while_the_dossier_is_processed_and_never_after_it_is_resolved() {
        for (DossierStatus status : List.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.AWAITING_PAYMENT)) {
            RULES.storeResult(dossier(status, Channel.COUNTER), Set.of(DossierRole.COMPETENT_OFFICER), PDF);
        }
        for (DossierStatus status : List.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUSPENDED, DossierStatus.RESOLVED,
                DossierStatus.RETURNED, DossierStatus.WITHDRAWN)) {
            assertRefused(() -> RULES.storeResult(dossier(status, Channel.COUNTER), Set.of(DossierRole.COMPETENT_OFFICER), PDF),
                    Refusal.Reason.CONFLICT);
        }
        assertRefused(() -> RULES.storeResult(dossier(DossierStatus.IN_PROGRESS, Channel.COUNTER),
                Set.of(DossierRole.RECEIVING_OFFICER), PDF), Refusal.Reason.NOT_ALLOWED);
        assertRefused(() -> RULES.storeResult(dossier(DossierStatus.IN_PROGRESS, Channel.ONLINE), Set.of(DossierRole.OWNER), PDF),
                Refusal.Reason.NOT_ALLOWED);
    }

    @Test
    void a_result_is_a_pdf_by_its_bytes_within_the_size_of_a_file() {
        DossierState processed = dossier(DossierStatus.IN_PROGRESS, Channel.COUNTER);
        Set<DossierRole> competent = Set.of(DossierRole.COMPETENT_OFFICER);
        assertRefused(() -> RULES.storeResult(processed, competent, new ArrivedFile("ket-qua.pdf", 10, "image/png", "ab".repeat(32))),
                Refusal.Reason.UNSUPPORTED_TYPE);
        assertRefused(() -> RULES.storeResult(processed, competent, new ArrivedFile("ket-qua.pdf", 0, "application/octet-stream",
                "ab".repeat(32))), Refusal.Reason.INVALID);
        assertRefused(() -> RULES.storeResult(processed, competent, new ArrivedFile("ket-qua.pdf", 20 * FileLimits.MB + 1,
                "application/pdf", "ab".repeat(32))), Refusal.Reason.TOO_LARGE);
        RULES.storeResult(processed, competent, new ArrivedFile("ket-qua.pdf", 20 * FileLimits.MB, "application/pdf", "ab".repeat(32)));
    }

    @Test
    void the_receiving_centre_scans_paper_at_intake_and_during_a_supplement() {
        for (DossierStatus status : List.of(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED)) {
            assertThat(RULES.attach(dossier(status, Channel.COUNTER), Set.of(DossierRole.RECEIVING_OFFICER), 0, 2, 0, PDF))
                    .isEqualTo(FileOrigin.SCANNED_AT_COUNTER);
        }
        assertRefused(() -> RULES.attach(dossier(DossierStatus.IN_PROGRESS, Channel.COUNTER),
                Set.of(DossierRole.RECEIVING_OFFICER), 0, 2, 0, PDF), Refusal.Reason.CONFLICT);
    }

    @Test
    void the_owner_of_an_online_dossier_uploads_while_it_awaits_acceptance_or_a_supplement() {
        for (DossierStatus status : List.of(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED)) {
            assertThat(RULES.attach(dossier(status, Channel.ONLINE), Set.of(DossierRole.OWNER), 1, 2, 0, PDF))
                    .isEqualTo(FileOrigin.UPLOADED);
        }
        assertRefused(() -> RULES.attach(dossier(DossierStatus.RECEIVED, Channel.ONLINE), Set.of(DossierRole.OWNER), 0, 2, 0, PDF),
                Refusal.Reason.CONFLICT);
    }

    @Test
    void the_competent_unit_and_strangers_attach_nothing() {
        assertRefused(() -> RULES.attach(dossier(DossierStatus.RECEIVED, Channel.COUNTER), Set.of(DossierRole.COMPETENT_OFFICER),
                0, 2, 0, PDF), Refusal.Reason.NOT_ALLOWED);
        assertRefused(() -> RULES.attach(dossier(DossierStatus.RECEIVED, Channel.COUNTER), Set.of(), 0, 2, 0, PDF),
                Refusal.Reason.NOT_ALLOWED);
    }

    @Test
    void a_file_attaches_to_a_document_the_dossier_lists() {
        assertRefused(() -> RULES.attach(dossier(DossierStatus.RECEIVED, Channel.COUNTER), Set.of(DossierRole.RECEIVING_OFFICER),
                2, 2, 0, PDF), Refusal.Reason.NOT_FOUND);
        assertRefused(() -> RULES.attach(dossier(DossierStatus.RECEIVED, Channel.COUNTER), Set.of(DossierRole.RECEIVING_OFFICER),
                -1, 2, 0, PDF), Refusal.Reason.NOT_FOUND);
    }

    @Test
    void a_file_is_not_empty_not_larger_than_twenty_megabytes_and_a_dossier_holds_one_hundred() {
        assertRefused(() -> RULES.checked(new ArrivedFile("x.pdf", 0, "application/octet-stream", "ab".repeat(32)), 0,
                FileOrigin.UPLOADED), Refusal.Reason.INVALID);
        assertRefused(() -> RULES.checked(new ArrivedFile("x.pdf", 20 * FileLimits.MB + 1, "application/pdf", "ab".repeat(32)), 0,
                FileOrigin.UPLOADED), Refusal.Reason.TOO_LARGE);
        assertThat(RULES.checked(new ArrivedFile("x.pdf", 20 * FileLimits.MB, "application/pdf", "ab".repeat(32)),
                80 * FileLimits.MB, FileOrigin.UPLOADED)).isEqualTo(FileOrigin.UPLOADED);
        assertRefused(() -> RULES.checked(new ArrivedFile("x.pdf", 20 * FileLimits.MB, "application/pdf", "ab".repeat(32)),
                80 * FileLimits.MB + 1, FileOrigin.UPLOADED), Refusal.Reason.TOO_LARGE);
    }

    @Test
    void only_a_pdf_jpeg_or_png_by_its_bytes_is_taken() {
        assertThat(RULES.checked(new ArrivedFile("anh.pdf", 10, "image/png", "ab".repeat(32)), 0, FileOrigin.UPLOADED))
                .isEqualTo(FileOrigin.UPLOADED);
        assertThatThrownBy(() -> RULES.checked(new ArrivedFile("giay.pdf", 10, "application/x-msdownload", "ab".repeat(32)), 0,
                FileOrigin.UPLOADED))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.UNSUPPORTED_TYPE);
                    assertThat(refusal.violations().get(0).field()).isEqualTo("file");
                    assertThat(refusal.violations().get(0).message()).isEqualTo("must be a PDF, JPEG or PNG; its bytes are application/x-msdownload");
                });
    }

    @Test
    void the_client_given_name_never_shows_in_a_log_line() {
        assertThat(PDF.toString()).doesNotContain("giay-chung-sinh");
    }

    private static void assertRefused(Runnable attach, Refusal.Reason reason) {
        assertThatThrownBy(attach::run).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }

    @Test
    void stored_files_are_counted_and_those_scanned_at_the_counter_apart() {
        assertThat(FileCounts.of(List.of(FileOrigin.UPLOADED, FileOrigin.SCANNED_AT_COUNTER, FileOrigin.UPLOADED)))
                .isEqualTo(new FileCounts(3, 1));
        assertThat(FileCounts.of(List.of())).isEqualTo(FileCounts.NONE);
        assertThatThrownBy(() -> new FileCounts(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_role_named_for_an_attachment_is_the_one_that_let_the_file_in() {
        assertThat(RULES.attach(dossier(DossierStatus.RECEIVED, Channel.COUNTER),
                Set.of(DossierRole.RECEIVING_OFFICER, DossierRole.COMPETENT_OFFICER), 0, 2, 0, PDF).attachedAs())
                .isEqualTo(DossierRole.RECEIVING_OFFICER);
        assertThat(RULES.attach(dossier(DossierStatus.SUBMITTED, Channel.ONLINE), Set.of(DossierRole.OWNER), 0, 2, 0, PDF)
                .attachedAs()).isEqualTo(DossierRole.OWNER);
    }

    private static DossierState dossier(DossierStatus status, Channel channel) {
        Instant at = Instant.parse("2025-07-07T01:00:00Z");
        return new DossierState(UUID.randomUUID(), "000.16.906.H40-250707-0001", "1.004884", "tu-phap-ho-tich",
                ProcessingTime.workingDays(5), "16906", "16906", channel, channel == Channel.ONLINE ? "citizen-1" : null,
                ApplicantProfile.PERSON_IN_PERSON, status, at, null, null, null, null, null, null, null, null, null, List.of(),
                false, null, 2, 0, 1);
    }
}
