package vn.motcua.dossier.domain.intake;

import java.util.List;

import static vn.motcua.dossier.domain.intake.IntakePolicies.APPLICANT_IS_IDENTIFIED;
import static vn.motcua.dossier.domain.intake.IntakePolicies.CHANNEL_FITS_WHO_HANDS_IN;
import static vn.motcua.dossier.domain.intake.IntakePolicies.CHECKLIST_IS_LISTED;
import static vn.motcua.dossier.domain.intake.IntakePolicies.COMPETENT_UNIT_CARRIES_OUT_THE_PROCEDURE;
import static vn.motcua.dossier.domain.intake.IntakePolicies.LEGACY_CODE_IS_KEPT;
import static vn.motcua.dossier.domain.intake.IntakePolicies.MERGED_UNITS_TAKE_NO_DOSSIERS;
import static vn.motcua.dossier.domain.intake.IntakePolicies.ONLY_THE_CENTRES_OFFICERS_RECEIVE;
import static vn.motcua.dossier.domain.intake.IntakePolicies.PROCEDURE_AND_CENTRE_ARE_NAMED;
import static vn.motcua.dossier.domain.intake.IntakePolicies.PROCEDURE_IS_IN_THE_CATALOGUE;
import static vn.motcua.dossier.domain.intake.IntakePolicies.REFUSAL_IS_REASONED;
import static vn.motcua.dossier.domain.intake.IntakePolicies.UNITS_ARE_KNOWN;
import static vn.motcua.dossier.domain.intake.IntakePolicies.WITHDRAWN_PROCEDURES_TAKE_NO_DOSSIERS;

/**
 * The policies one way of handing in follows, in the order their findings are listed, and how the
 * findings decide.
 *
 * @param everythingAtOnce whether a refusal lists every finding (an import row, fixed in one go) or
 *                         only the first kind found (a live request: the input, then the catalogue,
 *                         then who may)
 */
public record IntakeRulebook(String name, List<IntakePolicy> policies, boolean everythingAtOnce) {

    /** Live intake: at the counter (or by post) by an officer of the centre, or online by a citizen. */
    public static final IntakeRulebook LIVE = new IntakeRulebook("live", List.of(
            PROCEDURE_AND_CENTRE_ARE_NAMED,
            CHANNEL_FITS_WHO_HANDS_IN,
            APPLICANT_IS_IDENTIFIED,
            CHECKLIST_IS_LISTED,
            PROCEDURE_IS_IN_THE_CATALOGUE,
            WITHDRAWN_PROCEDURES_TAKE_NO_DOSSIERS,
            UNITS_ARE_KNOWN,
            MERGED_UNITS_TAKE_NO_DOSSIERS,
            COMPETENT_UNIT_CARRIES_OUT_THE_PROCEDURE,
            ONLY_THE_CENTRES_OFFICERS_RECEIVE), false);

    /**
     * A refusal at the counter: the officer takes the dossier in hand, numbers it and refuses it there
     * (Mẫu 03). The input and who may receive are checked as for live intake, and the refusal must say
     * why; the procedure's level, its withdrawal and the units' mergers are not checked, since a dossier
     * the unit may not take is the very thing an officer refuses.
     */
    public static final IntakeRulebook COUNTER_REFUSAL = new IntakeRulebook("counter refusal", List.of(
            PROCEDURE_AND_CENTRE_ARE_NAMED,
            CHANNEL_FITS_WHO_HANDS_IN,
            APPLICANT_IS_IDENTIFIED,
            CHECKLIST_IS_LISTED,
            REFUSAL_IS_REASONED,
            PROCEDURE_IS_IN_THE_CATALOGUE,
            UNITS_ARE_KNOWN,
            ONLY_THE_CENTRES_OFFICERS_RECEIVE), false);

    /**
     * A historical import: the same rules of the input and the catalogue, but a dossier may predate its
     * procedure's withdrawal or its unit's merger, and it keeps the legacy system's code.
     */
    public static final IntakeRulebook HISTORICAL = new IntakeRulebook("historical", List.of(
            LEGACY_CODE_IS_KEPT,
            PROCEDURE_AND_CENTRE_ARE_NAMED,
            CHANNEL_FITS_WHO_HANDS_IN,
            APPLICANT_IS_IDENTIFIED,
            CHECKLIST_IS_LISTED,
            PROCEDURE_IS_IN_THE_CATALOGUE,
            UNITS_ARE_KNOWN,
            COMPETENT_UNIT_CARRIES_OUT_THE_PROCEDURE), true);

    public IntakeRulebook {
        policies = List.copyOf(policies);
    }

    /** Checks a hand-in against every policy and decides: admissible, or refused with every reason found. */
    public IntakeDecision decide(HandIn handIn) {
        IntakeFindings findings = new IntakeFindings();
        policies.forEach(policy -> policy.check(handIn, findings));
        return findings.decide(handIn, everythingAtOnce);
    }
}
