package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of what was handed in the period has a digitized copy (DOMAIN.md: a stored file of a document,
 * scanned at the counter or uploaded online; a declared file never stored does not count).
 * Documents received: those of the dossiers received in the period. Documents digitized: the documents of
 * those dossiers stored by the end of the day of reception, and the files stored in the period for documents
 * of dossiers received earlier (a replaced file counts once). Documents scanned: of them, those scanned at the
 * counter, counted the same way.
 *
 * @param shareDigitized documents digitized / documents received, four decimals, <b>at most 1</b> (a file for a
 *                       dossier received in an earlier period counts in the period it was stored, so the
 *                       quotient can pass 1); null when no document was received
 */
public record Digitization(long documentsReceived, long documentsDigitized, long documentsScanned, BigDecimal shareDigitized) {

    public static Digitization of(long documentsReceived, long documentsDigitized, long documentsScanned) {
        BigDecimal share = documentsReceived == 0 ? null
                : BigDecimal.valueOf(Math.min(documentsDigitized, documentsReceived))
                        .divide(BigDecimal.valueOf(documentsReceived), 4, RoundingMode.HALF_UP);
        return new Digitization(documentsReceived, documentsDigitized, documentsScanned, share);
    }
}
