package vn.motcua.dossier.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.dossier.domain.forms.FormKind;
import vn.motcua.dossier.domain.lifecycle.Apology;
import vn.motcua.dossier.domain.lifecycle.DossierState;
import vn.motcua.dossier.persistence.UnitReplicaEntity;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.platform.printing.QrCodes;
import vn.motcua.platform.rules.Refusal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The written forms of a dossier (Mẫu 01 to 04), drawn from its state and history. A form exists once
 * its event happened: the receipt once the dossier was received, the supplement request once it was
 * asked for, the refusal once refused, the apology once rescheduled. They carry the applicant's name,
 * so they are served only to those who may read the dossier.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FormService {

    /** What a receipt read after intake shows instead of the PIN, which is not kept. */
    public static final String MASKED_PIN = "******";

    private static final String PIN_GIVEN_NOW = "Mã PIN dùng để tra cứu tình trạng và đánh giá hồ sơ, cùng với mã hồ sơ."
            + " Mã chỉ được cấp một lần, trên giấy này, và không lưu lại ở đâu: xin giữ kín, không chia sẻ.";
    private static final String PIN_GIVEN_BEFORE = "Mã PIN đã được cấp một lần khi nộp hồ sơ (trên giấy tiếp nhận bản gốc"
            + " hoặc khi nộp trực tuyến) và không được lưu lại nên không in lại được.";

    @Inject
    DossierService dossiers;

    @Inject
    PublicAccessConfig config;

    /** The form, if the caller may read the dossier (403 otherwise) and its event happened (404 otherwise). */
    public DossierForm form(UUID id, String formName) {
        FormKind kind = FormKind.ofPathName(formName).orElseThrow(() -> Refusal.notFound("form", formName
                + " (forms: " + String.join(", ", FormKind.pathNames()) + ")"));
        DossierDetails details = dossiers.get(id);
        return switch (kind) {
            case RECEIPT -> receipt(details, Optional.empty());
            case SUPPLEMENT_REQUEST -> supplementRequest(details);
            case REFUSAL -> refusal(details);
            case APOLOGY -> apology(details);
        };
    }

    /**
     * The receipt as the intake hands it over, with the PIN itself, drawn from the dossier as the intake
     * left it; empty while the dossier awaits acceptance.
     */
    public Optional<ReceiptForm> receiptWithPin(DossierDetails details, String pin) {
        return details.state().receivedAt() == null ? Optional.empty() : Optional.of(receipt(details, Optional.of(pin)));
    }

    private ReceiptForm receipt(DossierDetails details, Optional<String> pin) {
        DossierState state = details.state();
        if (state.receivedAt() == null) {
            throw notIssued(state, FormKind.RECEIPT, state.status() == DossierStatus.SUBMITTED
                    ? "it is submitted online and awaits acceptance: the receipt is issued when it is received"
                    : "it was never received");
        }
        String lookupUrl = config.lookupUrlOf(state.code());
        OffsetDateTime due = state.deadline() == null ? null : state.deadline().dueAt().toOffsetDateTime();
        return new ReceiptForm(FormKind.RECEIPT.pathName(), FormKind.RECEIPT.number(), FormKind.RECEIPT.title(), state.id(),
                state.code(), local(state.receivedAt()), unit(state.receivingUnitCode()), applicantName(details), FormApplicant.of(details.applicant()),
                procedure(details), details.documents().stream().map(d -> new FormDocument(d.name(), d.receivedAs())).toList(),
                local(state.receivedAt()), due, due == null ? null : due.toLocalDate().toString(), lookupUrl,
                QrCodes.svg(lookupUrl, 256), pin.orElse(MASKED_PIN), pin.isPresent(),
                pin.isPresent() ? PIN_GIVEN_NOW : PIN_GIVEN_BEFORE);
    }

    private SupplementRequestForm supplementRequest(DossierDetails details) {
        DossierState state = details.state();
        HistoryEntry request = latest(state.id(), "request-supplement")
                .filter(entry -> state.supplementWasRequested())
                .orElseThrow(() -> notIssued(state, FormKind.SUPPLEMENT_REQUEST, "no supplement was requested"));
        return new SupplementRequestForm(FormKind.SUPPLEMENT_REQUEST.pathName(), FormKind.SUPPLEMENT_REQUEST.number(),
                FormKind.SUPPLEMENT_REQUEST.title(), state.id(), state.code(), local(request.occurredAt()),
                unit(state.competentUnitCode()), applicantName(details), FormApplicant.of(details.applicant()), procedure(details), local(state.receivedAt()),
                state.missingDocuments(), request.reason());
    }

    private RefusalForm refusal(DossierDetails details) {
        DossierState state = details.state();
        HistoryEntry refusal = latest(state.id(), "refuse")
                .orElseThrow(() -> notIssued(state, FormKind.REFUSAL, "it was never refused"));
        return new RefusalForm(FormKind.REFUSAL.pathName(), FormKind.REFUSAL.number(), FormKind.REFUSAL.title(), state.id(),
                state.code(), local(refusal.occurredAt()), unit(state.receivingUnitCode()), applicantName(details), FormApplicant.of(details.applicant()),
                procedure(details), local(state.submittedAt()), refusal.reason(), refusal.reasonCode());
    }

    private ApologyForm apology(DossierDetails details) {
        DossierState state = details.state();
        HistoryEntry apology = latest(state.id(), "reschedule")
                .orElseThrow(() -> notIssued(state, FormKind.APOLOGY, "no new appointment was ever made (reschedule)"));
        return new ApologyForm(FormKind.APOLOGY.pathName(), FormKind.APOLOGY.number(), FormKind.APOLOGY.title(), state.id(),
                state.code(), local(apology.occurredAt()), unit(state.competentUnitCode()), applicantName(details), FormApplicant.of(details.applicant()),
                procedure(details), local(state.receivedAt()),
                state.deadline() == null ? null : state.deadline().dueAt().toOffsetDateTime(),
                local(state.newAppointmentAt()), apology.reason(), wasLate(apology, state));
    }

    /**
     * Whether the apology came late, as recorded when it was issued (against the due time of that moment);
     * an apology recorded before the flag existed is judged against the due time now.
     */
    private static boolean wasLate(HistoryEntry apology, DossierState state) {
        if (apology.details() != null) {
            try {
                JsonNode recorded = EventJson.mapper().readTree(apology.details()).path("apologyLate");
                if (!recorded.asText().isEmpty()) {
                    return recorded.asBoolean();
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a history entry's details are not JSON", e);
            }
        }
        return state.deadline() != null && Apology.isLate(apology.occurredAt(), state.deadline().dueAt());
    }

    /** The latest history entry of an action: a dossier may be rescheduled more than once, and the last apology counts. */
    private Optional<HistoryEntry> latest(UUID id, String action) {
        List<HistoryEntry> history = dossiers.history(id);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (action.equals(history.get(i).action())) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private static Refusal notIssued(DossierState state, FormKind kind, String why) {
        return new Refusal(Refusal.Reason.NOT_FOUND, "Dossier " + state.code() + " has no "
                + kind.pathName() + " (" + kind.number() + "): " + why + ".", List.of());
    }

    private static FormProcedure procedure(DossierDetails details) {
        return new FormProcedure(details.state().procedureCode(), details.procedureName(),
                VietnameseText.processingTime(details.state().processingTime()));
    }

    private static String applicantName(DossierDetails details) {
        return details.applicant() == null ? null : details.applicant().displayName();
    }

    private static FormUnit unit(String code) {
        UnitReplicaEntity unit = UnitReplicaEntity.findById(code);
        String name = unit == null ? code : unit.name;
        return new FormUnit(code, name, VietnameseText.centreName(name));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime();
    }
}
