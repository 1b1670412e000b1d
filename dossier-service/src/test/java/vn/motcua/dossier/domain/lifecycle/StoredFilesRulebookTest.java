package vn.motcua.dossier.domain.lifecycle;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.SeededCalendars;
import vn.motcua.dossier.domain.deadline.DueTimePolicy;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.rules.Violation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.COMPETENT_OFFICER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.OWNER;
import static vn.motcua.dossier.domain.lifecycle.DossierRole.RECEIVING_OFFICER;

/**
 * What a dossier's stored files allow (FilePolicies): an online dossier's acceptance, a supplement its owner provides,
 * and resolving with the result as a file.
 */
class StoredFilesRulebookTest {

    private static final Instant SUBMITTED_AT = at("2025-07-04T08:00:00+07:00");
    private static final Instant REQUESTED_AT = at("2025-07-08T09:00:00+07:00");

    private final Lifecycle lifecycle = new Lifecycle(new DueTimePolicy(SeededCalendars.standard()));

    @Test
    void anOnlineDossierIsAcceptedOnlyOnceEveryDocumentDeclaredAsAFileHasItsFileStored() {
        DossierState submitted = LifecycleRulebookTest.dossier(DossierStatus.SUBMITTED, Channel.ONLINE);
        DocumentFiles oneMissing = DocumentFiles.of(List.of(
                document(0, "Tờ khai đăng ký lại khai sinh", true, null),
                document(1, "Giấy chứng sinh", false, null),
                document(2, "Ảnh chân dung", true, SUBMITTED_AT)));

        assertThatThrownBy(() -> lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                oneMissing, at("2025-07-04T10:00:00+07:00")))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ActionRefused.Kind.FILES_MISSING);
                    assertThat(refused.getMessage()).contains("cannot be accepted yet").contains("1 document");
                    assertThat(refused.problems()).extracting(Violation::field).containsExactly("documents[0]");
                    assertThat(refused.problems().get(0).message()).startsWith("Tờ khai đăng ký lại khai sinh: declared as a file");
                    assertThat(refused.toRefusal().reason()).isEqualTo(vn.motcua.platform.rules.Refusal.Reason.CONFLICT);
                });

        DocumentFiles allStored = DocumentFiles.of(List.of(
                document(0, "Tờ khai đăng ký lại khai sinh", true, at("2025-07-04T09:00:00+07:00")),
                document(1, "Giấy chứng sinh", false, null),
                document(2, "Ảnh chân dung", true, SUBMITTED_AT)));
        assertThat(lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER), allStored,
                at("2025-07-04T10:00:00+07:00")).after().status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void aDossierHandedInToALegacySystemIsAcceptedWithoutFilesInItsTimelineAndAfterItsImport() {
        DossierState submitted = LifecycleRulebookTest.dossier(DossierStatus.SUBMITTED, Channel.ONLINE);
        DocumentFiles importedWithoutFiles = DocumentFiles.imported(List.of(document(0, "Tờ khai", true, null)));

        assertThat(lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                DocumentFiles.PREDATING_STORAGE, at("2025-07-04T10:00:00+07:00")).after().status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                importedWithoutFiles, at("2025-07-04T10:00:00+07:00")).after().status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void theOwnerProvidesTheSupplementOnceEachDocumentListedAsMissingHasAFileStoredSinceTheRequest() {
        DossierState requested = supplementRequested(List.of("giấy  chứng sinh "));
        DocumentFiles before = DocumentFiles.of(List.of(
                document(0, "Tờ khai", true, SUBMITTED_AT),
                document(1, "Giấy chứng sinh", false, at("2025-07-07T09:00:00+07:00"))));

        assertThatThrownBy(() -> provide(requested, Set.of(OWNER), before))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ActionRefused.Kind.FILES_MISSING);
                    assertThat(refused.problems()).extracting(Violation::field).containsExactly("documents[1]");
                    assertThat(refused.problems().get(0).message()).contains("listed as missing").contains("since the request");
                });

        DocumentFiles uploaded = DocumentFiles.of(List.of(
                document(0, "Tờ khai", true, SUBMITTED_AT),
                document(1, "Giấy chứng sinh", false, at("2025-07-09T08:00:00+07:00"))));
        DossierState resumed = provide(requested, Set.of(OWNER), uploaded).after();
        assertThat(resumed.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(resumed.isPaused()).isFalse();
    }

    @Test
    void somethingMissingThatNamesNoDocumentNeedsAtLeastOneFileStoredSinceTheRequest() {
        DossierState requested = supplementRequested(List.of("Bản sao sổ hộ khẩu"));
        DocumentFiles nothingNew = DocumentFiles.of(List.of(document(0, "Tờ khai", true, SUBMITTED_AT)));

        assertThatThrownBy(() -> provide(requested, Set.of(OWNER), nothingNew))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.problems())
                        .extracting(Violation::field).containsExactly("missingDocuments[0]"));

        DocumentFiles replaced = DocumentFiles.of(List.of(document(0, "Tờ khai", true, at("2025-07-08T10:00:00+07:00"))));
        assertThat(provide(requested, Set.of(OWNER), replaced).after().status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void theReceivingOfficerProvidesASupplementBroughtOnPaperWithoutAnyFile() {
        DossierState requested = supplementRequested(List.of("Giấy chứng sinh"));
        DocumentFiles nothingNew = DocumentFiles.of(List.of(document(0, "Giấy chứng sinh", true, SUBMITTED_AT)));

        assertThat(provide(requested, Set.of(RECEIVING_OFFICER), nothingNew).after().status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void onlyTheOwnerOfAnOnlineDossierProvidesTheirOwnSupplement() {
        DossierState atTheCounter = LifecycleRulebookTest.dossier(DossierStatus.SUPPLEMENT_REQUESTED, Channel.COUNTER);

        assertThatThrownBy(() -> provide(atTheCounter, Set.of(OWNER), DocumentFiles.of(List.of())))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.kind())
                        .isEqualTo(ActionRefused.Kind.WRONG_ROLE));
        assertThat(Lifecycle.allowedActions(supplementRequested(List.of("Giấy chứng sinh")), Set.of(OWNER)))
                .contains(DossierAction.PROVIDE_SUPPLEMENT);
    }

    @Test
    void aFileStoredDuringASupplementLeavesStatusAndClockAsTheyWereAndIsTheDossiersNextEvent() {
        DossierState paused = supplementRequested(List.of("Giấy chứng sinh"));

        DossierState attached = paused.afterFileAttached();

        assertThat(attached.sequence()).isEqualTo(paused.sequence() + 1);
        assertThat(attached).usingRecursiveComparison().ignoringFields("sequence").isEqualTo(paused);
    }

    @Test
    void aDossierIsResolvedWithItsResultAsAFileOnlyOnceTheResultFileIsStored() {
        DossierState processed = processed();
        DocumentFiles withoutResult = DocumentFiles.of(List.of());

        assertThatThrownBy(() -> resolve(processed, true, withoutResult))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(ActionRefused.Kind.FILES_MISSING);
                    assertThat(refused.getMessage()).contains("its result file is not stored yet");
                    assertThat(refused.problems()).extracting(Violation::field).containsExactly("resultAsFile");
                    assertThat(refused.toRefusal().reason()).isEqualTo(vn.motcua.platform.rules.Refusal.Reason.CONFLICT);
                });
        assertThat(resolve(processed, false, withoutResult).after().resultAsFile()).isFalse();

        DocumentFiles withResult = withoutResult.withResult(ResultFile.STORED);
        assertThat(resolve(processed, true, withResult).after().resultAsFile()).isTrue();
        // resolving on paper while a result file is stored would publish a result that exists as one that does not
        assertThatThrownBy(() -> resolve(processed, false, withResult))
                .isInstanceOfSatisfying(ActionRefused.class, refused ->
                        assertThat(refused.problems()).extracting(Violation::field).containsExactly("resultAsFile"));
        // resolve stays among the actions open: whether it waits for the file depends on what the officer says
        assertThat(Lifecycle.allowedActions(processed, Set.of(COMPETENT_OFFICER), withoutResult)).contains(DossierAction.RESOLVE);
    }

    @Test
    void aLegacyTimelineResolvesAsAFileWithoutAStoredResultButAnImportedDossierResolvedLiveNeedsOne() {
        DossierState processed = processed();

        assertThat(resolve(processed, true, DocumentFiles.PREDATING_STORAGE).after().resultAsFile()).isTrue();
        assertThatThrownBy(() -> resolve(processed, true, DocumentFiles.imported(List.of())))
                .isInstanceOf(ActionRefused.class);
    }

    /** An online dossier accepted on Friday 4 July 2025 and started at once. */
    private DossierState processed() {
        DossierState submitted = LifecycleRulebookTest.dossier(DossierStatus.SUBMITTED, Channel.ONLINE);
        DossierState received = lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                DocumentFiles.of(List.of()), at("2025-07-04T10:00:00+07:00")).after();
        return lifecycle.apply(received, DossierAction.START, ActionCommand.none(), Set.of(COMPETENT_OFFICER),
                at("2025-07-04T11:00:00+07:00")).after();
    }

    private Transition resolve(DossierState dossier, boolean resultAsFile, DocumentFiles files) {
        return lifecycle.apply(dossier, DossierAction.RESOLVE, new ActionCommand(null, null, List.of(), Outcome.APPROVED,
                resultAsFile, null), Set.of(COMPETENT_OFFICER), files, at("2025-07-09T09:00:00+07:00"));
    }

    private Transition provide(DossierState dossier, Set<DossierRole> roles, DocumentFiles files) {
        return lifecycle.apply(dossier, DossierAction.PROVIDE_SUPPLEMENT, ActionCommand.none(), roles, files,
                at("2025-07-09T09:00:00+07:00"));
    }

    /** An online dossier accepted on Friday 4 July 2025, whose supplement was asked for on Tuesday 8 July. */
    private DossierState supplementRequested(List<String> missing) {
        DossierState submitted = LifecycleRulebookTest.dossier(DossierStatus.SUBMITTED, Channel.ONLINE);
        DossierState received = lifecycle.apply(submitted, DossierAction.ACCEPT, ActionCommand.none(), Set.of(RECEIVING_OFFICER),
                DocumentFiles.of(List.of()), at("2025-07-04T10:00:00+07:00")).after();
        return lifecycle.apply(received, DossierAction.REQUEST_SUPPLEMENT,
                new ActionCommand("Thiếu giấy tờ", "INCOMPLETE", missing, null, null, null), Set.of(COMPETENT_OFFICER),
                REQUESTED_AT).after();
    }

    private static DocumentFiles.Document document(int position, String name, boolean declaredAsFile, Instant storedAt) {
        return new DocumentFiles.Document(position, name, declaredAsFile, Optional.ofNullable(storedAt));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
