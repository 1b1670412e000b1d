package vn.motcua.dossier.domain.intake;

import vn.motcua.dossier.domain.lifecycle.ActionCommand;
import vn.motcua.dossier.domain.lifecycle.Lifecycle;
import vn.motcua.platform.events.Channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of intake, each by its name. A rulebook ({@link IntakeRulebook}) lists the ones a way of
 * handing in follows: live intake at the counter or online, or a historical import.
 */
public final class IntakePolicies {

    /** At most this many documents in one dossier's checklist. */
    public static final int MAX_DOCUMENTS = 50;

    private static final Pattern LEGACY_CODE = Pattern.compile("\\S{1,64}");

    private IntakePolicies() {
    }

    /** A historical dossier keeps the code the legacy system gave it. */
    public static final IntakePolicy LEGACY_CODE_IS_KEPT = (handIn, findings) -> {
        if (!(handIn.receiver() instanceof Receiver.LegacySystem legacy)) {
            return;
        }
        if (HandIn.blank(legacy.code())) {
            findings.invalid("code", "is required: the legacy system's code, kept as the dossier's code");
        } else if (!LEGACY_CODE.matcher(legacy.code()).matches()) {
            findings.invalid("code", "must be 1 to 64 characters without spaces");
        }
    };

    /** A dossier names its procedure and the centre that receives it. */
    public static final IntakePolicy PROCEDURE_AND_CENTRE_ARE_NAMED = (handIn, findings) -> {
        if (HandIn.blank(handIn.command().procedureCode())) {
            findings.invalid("procedureCode", "is required");
        }
        if (HandIn.blank(handIn.command().receivingUnitCode())) {
            findings.invalid("receivingUnitCode", "is required");
        }
    };

    /**
     * ONLINE is a citizen's own submission: an officer receives at the COUNTER or by POST. A legacy
     * dossier says how it came, and only an online one has an owner.
     */
    public static final IntakePolicy CHANNEL_FITS_WHO_HANDS_IN = (handIn, findings) -> {
        Channel channel = handIn.command().channel();
        if (handIn.receiver() instanceof Receiver.CounterOfficer && channel == Channel.ONLINE) {
            findings.invalid("channel", "an officer receives at the COUNTER or by POST; ONLINE is a citizen's own submission");
        }
        if (handIn.receiver() instanceof Receiver.LegacySystem legacy) {
            if (channel == null) {
                findings.invalid("channel", "is required: COUNTER, POST or ONLINE");
            }
            if (!HandIn.blank(legacy.ownerSubject())) {
                if (channel != null && channel != Channel.ONLINE) {
                    findings.invalid("ownerSubject", "only an ONLINE dossier has an owner (the citizen who submitted it)");
                } else if (legacy.ownerSubject().length() > 255) {
                    findings.invalid("ownerSubject", "must be at most 255 characters");
                }
            }
        }
    };

    /** The applicant is named and reachable, with a valid identity number. */
    public static final IntakePolicy APPLICANT_IS_IDENTIFIED = (handIn, findings) -> {
        Applicant applicant = handIn.command().applicant();
        if (applicant == null) {
            findings.invalid("applicant", "is required");
        } else {
            applicant.violations().forEach(violation -> findings.invalid(violation.under("applicant")));
        }
    };

    /** The documents received are listed, the procedure's checklist, with at most {@value #MAX_DOCUMENTS}. */
    public static final IntakePolicy CHECKLIST_IS_LISTED = (handIn, findings) -> {
        List<ReceivedDocument> documents = handIn.command().documents() == null ? List.of() : handIn.command().documents();
        if (documents.isEmpty()) {
            findings.invalid("documents", "must list the documents received (the procedure's checklist)");
        } else if (documents.size() > MAX_DOCUMENTS) {
            findings.invalid("documents", "must have at most " + MAX_DOCUMENTS + " entries");
        }
        for (int i = 0; i < documents.size(); i++) {
            String at = "documents[" + i + "]";
            if (documents.get(i) == null) {
                findings.invalid(at, "is required");
                continue;
            }
            documents.get(i).violations().forEach(violation -> findings.invalid(violation.under(at)));
        }
    };

    /** A dossier refused at the counter says why, as every refusal does (the lifecycle's rules of a refusal). */
    public static final IntakePolicy REFUSAL_IS_REASONED = (handIn, findings) ->
            Lifecycle.refusalProblems(handIn.refusal().orElse(ActionCommand.none())).forEach(findings::invalid);

    /** The procedure is in the catalogue. */
    public static final IntakePolicy PROCEDURE_IS_IN_THE_CATALOGUE = (handIn, findings) -> {
        String code = handIn.command().procedureCode();
        if (!HandIn.blank(code) && handIn.procedure().isEmpty()) {
            findings.unprocessable("procedureCode", "no procedure " + code + " is in the catalogue");
        }
    };

    /** A withdrawn procedure takes no new dossiers (a historical one may predate its withdrawal). */
    public static final IntakePolicy WITHDRAWN_PROCEDURES_TAKE_NO_DOSSIERS = (handIn, findings) ->
            handIn.procedure().filter(procedure -> !procedure.active()).ifPresent(procedure -> findings.unprocessable(
                    "procedureCode", "procedure " + procedure.code() + " is withdrawn and takes no new dossiers"));

    /** The units named are known. */
    public static final IntakePolicy UNITS_ARE_KNOWN = (handIn, findings) -> {
        unknownUnit("receivingUnitCode", handIn.command().receivingUnitCode(), handIn.receivingUnit(), findings);
        if (handIn.namesCompetentUnit()) {
            unknownUnit("competentUnitCode", handIn.command().competentUnitCode(), handIn.competentUnit(), findings);
        }
    };

    /** A unit merged away receives and decides no new dossiers (a historical one may predate the merger). */
    public static final IntakePolicy MERGED_UNITS_TAKE_NO_DOSSIERS = (handIn, findings) -> {
        inactiveUnit("receivingUnitCode", handIn.receivingUnit(), findings);
        if (handIn.namesCompetentUnit()) {
            inactiveUnit("competentUnitCode", handIn.competentUnit(), findings);
        }
    };

    /**
     * The competent unit is of a level that carries the procedure out: a province-level procedure is
     * decided by the province, a commune-level one by a commune.
     */
    public static final IntakePolicy COMPETENT_UNIT_CARRIES_OUT_THE_PROCEDURE = (handIn, findings) -> {
        Optional<IntakeUnit> competent = handIn.namesCompetentUnit() ? handIn.competentUnit() : handIn.receivingUnit();
        if (handIn.procedure().isEmpty() || competent.isEmpty()) {
            return;
        }
        IntakeProcedure procedure = handIn.procedure().get();
        String level = competent.get().level();
        if (!procedure.levels().contains(level)) {
            findings.unprocessable("competentUnitCode", "procedure " + procedure.code() + " is carried out at "
                    + String.join(",", procedure.levels().stream().sorted().toList()) + " level, not by a "
                    + level.toLowerCase(Locale.ROOT) + " unit");
        }
    };

    /** Only an officer of the receiving unit receives dossiers for its centre. */
    public static final IntakePolicy ONLY_THE_CENTRES_OFFICERS_RECEIVE = (handIn, findings) -> {
        if (handIn.receiver() instanceof Receiver.CounterOfficer officer && handIn.receivingUnit().isPresent()) {
            String centre = handIn.receivingUnit().get().code();
            if (!officer.unitCode().map(centre::equals).orElse(false)) {
                findings.notAllowed("Only an officer of unit " + centre + " receives dossiers for its centre.");
            }
        }
    };

    private static void unknownUnit(String field, String code, Optional<IntakeUnit> unit, IntakeFindings findings) {
        if (!HandIn.blank(code) && unit.isEmpty()) {
            findings.unprocessable(field, "no unit " + code + " is known");
        }
    }

    private static void inactiveUnit(String field, Optional<IntakeUnit> unit, IntakeFindings findings) {
        unit.filter(known -> !known.active())
                .ifPresent(known -> findings.unprocessable(field, "unit " + known.code() + " is no longer active"));
    }
}
