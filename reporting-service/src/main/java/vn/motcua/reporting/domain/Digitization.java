package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of what was handed in and issued in the period exists as a file (DOMAIN.md: a stored file of a document,
 * scanned at the counter or uploaded online; an electronic result; a declared file never stored does not count).
 * Documents received: those of the dossiers received in the period. Documents digitized: the documents of
 * those dossiers stored by the end of the day of reception, and the files stored in the period for documents
 * of dossiers received earlier (a replaced file counts once). Documents scanned: of them, those scanned at the
 * counter, counted the same way. Results stored: the dossiers resolved in the period whose result was issued as
 * an electronic file that is stored (as the resolved event said it; a result only declared as a file, or an event
 * older than the stored result, counts as not stored); results signed: of them, those whose file carries a digital
 * signature.
 *
 * @param shareDigitized     documents digitized / documents received, four decimals, <b>at most 1</b> (a file for a
 *                           dossier received in an earlier period counts in the period it was stored, so the
 *                           quotient can pass 1); null when no document was received
 * @param shareResultsStored results stored / dossiers resolved in the period (approved or denied: the events do not
 *                           say which), four decimals; null when none was resolved
 */
public record Digitization(long documentsReceived, long documentsDigitized, long documentsScanned, BigDecimal shareDigitized,
                           long resultsStored, long resultsSigned, BigDecimal shareResultsStored) {

    private static final String FORMULA = "11 × documentsDigitized / documentsTotal (at most 1) + 11 × resultsStored / resolved";

    /** The period's counts; {@code resolved} is the dossiers resolved in it, the results' denominator. */
    public static Digitization of(long documentsReceived, long documentsDigitized, long documentsScanned, long resolved,
                                  long resultsStored, long resultsSigned) {
        return new Digitization(documentsReceived, documentsDigitized, documentsScanned,
                share(Math.min(documentsDigitized, documentsReceived), documentsReceived), resultsStored, resultsSigned,
                share(resultsStored, resolved));
    }

    /**
     * The 766 digitization group (22 points): 11 × the share of documents digitized + 11 × the share of results
     * stored, each half's points as the counts show them. {@code resolved} is the results' denominator: every dossier
     * resolved in the period, approved or denied, since the events do not carry the outcome. A half with nothing
     * to divide by (no document received, or no dossier resolved) leaves the group without a score (no data),
     * never scored as zero or full on that half; the counts still show the other half and its points out of 11.
     */
    public Criterion index766(long resolved) {
        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("documentsTotal", documentsReceived);
        counts.put("documentsDigitized", documentsDigitized);
        counts.put("documentsScanned", documentsScanned);
        BigDecimal documentsPoints = half(counts, "documents", shareDigitized);
        counts.put("resolved", resolved);
        counts.put("resultsStored", resultsStored);
        counts.put("resultsSigned", resultsSigned);
        BigDecimal resultsPoints = half(counts, "results", shareResultsStored);
        String counted = "documentsDigitized counts stored files only (uploaded or scanned at the counter): those of the"
                + " dossiers received in the period, and files stored in the period for dossiers received earlier, which is"
                + " why its share is capped at 1; resultsStored counts the dossiers resolved in the period whose result was"
                + " issued as a stored electronic file (resultsSigned: of them, digitally signed), never a result only"
                + " declared as a file; resolved counts every dossier resolved in the period, approved or denied (the"
                + " events do not carry the outcome)";
        if (documentsPoints != null && resultsPoints != null) {
            return Criterion.scored(Index766Group.DIGITIZATION, documentsPoints.add(resultsPoints), FORMULA, counts, counted);
        }
        String missing = documentsPoints == null && resultsPoints == null
                ? "no document received and no dossier resolved in the period"
                : documentsPoints == null ? "no document received in the period, so the documents half has nothing to divide by"
                : "no dossier resolved in the period, so the results half has nothing to divide by";
        return Criterion.scored(Index766Group.DIGITIZATION, null, FORMULA, counts, "no score: " + missing
                + "; a half that can be measured shows its points (out of 11) in counts, left out of the total, never"
                + " scored as zero or full. " + counted);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** A half's share and its points (11 × the share, two decimals) added to the counts; null without a share. */
    private static BigDecimal half(Map<String, Number> counts, String name, BigDecimal share) {
        if (share == null) {
            return null;
        }
        BigDecimal points = BigDecimal.valueOf(11).multiply(share).setScale(2, RoundingMode.HALF_UP);
        counts.put(name + "Share", share);
        counts.put(name + "Points", points);
        return points;
    }
}
