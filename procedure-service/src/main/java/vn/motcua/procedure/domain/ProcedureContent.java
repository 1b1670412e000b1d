package vn.motcua.procedure.domain;

import vn.motcua.platform.rules.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a procedure says to citizens and officers: everything but its code, status and version. Each
 * create or update of a procedure is a new content, checked against the catalogue's rules here.
 *
 * @param fees            what it costs, at most one fee line per channel; empty when free or when not entered yet
 * @param free            the procedure is free by law (no phí, no lệ phí): distinct from fees not entered yet, and so
 *                        never with fee lines
 * @param conditions      requirements the applicant must meet (yêu cầu, điều kiện), if any
 * @param steps           how the procedure is carried out (trình tự thực hiện)
 * @param result          what the applicant receives (kết quả), such as "Giấy khai sinh"
 * @param legalBasis      the legal documents it rests on (căn cứ pháp lý)
 * @param announcingDecision the provincial decision that announced this version, such as "Quyết định 1234/QĐ-UBND"
 */
public record ProcedureContent(
        String name,
        String fieldCode,
        List<Level> levels,
        ProcessingTime processingTime,
        List<Fee> fees,
        boolean free,
        List<RequiredDocument> documents,
        List<String> steps,
        String result,
        List<String> conditions,
        List<String> legalBasis,
        String competentAgency,
        OnlineServiceLevel onlineServiceLevel,
        LocalDate effectiveDate,
        String announcingDecision) {

    public ProcedureContent {
        levels = levels == null ? List.of() : List.copyOf(levels);
        fees = fees == null ? List.of() : List.copyOf(fees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        steps = steps == null ? List.of() : List.copyOf(steps);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    }

    /** Every rule the content breaks, each naming its field; empty when it may be published. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        Texts.requireText(violations, "name", name, 500);
        if (!Codes.isFieldCode(fieldCode)) {
            violations.add(new Violation("fieldCode", fieldCode == null ? "is required" : Codes.FIELD_RULE));
        }
        if (levels.isEmpty()) {
            violations.add(new Violation("levels", "must name at least one of PROVINCE, COMMUNE"));
        } else if (new HashSet<>(levels).size() != levels.size()) {
            violations.add(new Violation("levels", "must not repeat a level"));
        }
        if (processingTime == null) {
            violations.add(new Violation("processingTime", "is required"));
        } else {
            processingTime.violations().forEach(v -> violations.add(v.under("processingTime")));
        }
        Set<FeeChannel> channels = new HashSet<>();
        for (int i = 0; i < fees.size(); i++) {
            Fee fee = fees.get(i);
            String at = "fees[" + i + "]";
            fee.violations().forEach(v -> violations.add(v.under(at)));
            if (fee.channel() != null && !channels.add(fee.channel())) {
                violations.add(new Violation(at + ".channel", "is given twice; one fee per channel"));
            }
        }
        if (free && !fees.isEmpty()) {
            violations.add(new Violation("free", "is true, yet " + fees.size() + " fee line(s) are given: a free procedure"
                    + " has no fees; leave fees empty, or set free to false"));
        }
        if (documents.size() > 50) {
            violations.add(new Violation("documents", "must have at most 50 entries"));
        }
        for (int i = 0; i < documents.size(); i++) {
            String at = "documents[" + i + "]";
            documents.get(i).violations().forEach(v -> violations.add(v.under(at)));
        }
        Texts.requireTexts(violations, "steps", steps, 50, 2000);
        Texts.requireTexts(violations, "conditions", conditions, 50, 2000);
        Texts.requireTexts(violations, "legalBasis", legalBasis, 50, 500);
        if (result != null && result.length() > 500) {
            violations.add(new Violation("result", "must be at most 500 characters"));
        }
        if (competentAgency != null && competentAgency.length() > 500) {
            violations.add(new Violation("competentAgency", "must be at most 500 characters"));
        }
        if (onlineServiceLevel == null) {
            violations.add(new Violation("onlineServiceLevel", "is required: FULL, PARTIAL or NONE"));
        }
        if (announcingDecision != null && announcingDecision.length() > 200) {
            violations.add(new Violation("announcingDecision", "must be at most 200 characters"));
        }
        return violations;
    }

    /** The content as stored: defaults filled in (the usual cut-off for same-day procedures). */
    public ProcedureContent normalised() {
        return new ProcedureContent(name.strip(), fieldCode, levels, processingTime.normalised(), fees, free, documents, steps,
                result, conditions, legalBasis, competentAgency, onlineServiceLevel, effectiveDate, announcingDecision);
    }

    public boolean isAtLevel(Level level) {
        return levels.contains(level);
    }
}
