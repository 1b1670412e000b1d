package vn.motcua.dossier.api;

import vn.motcua.dossier.application.RatingReceipt;
import vn.motcua.platform.http.time.ClockProducer;

import java.time.OffsetDateTime;

/** A recorded rating. */
public record RatingView(String code, int score, OffsetDateTime ratedAt) {

    static RatingView of(RatingReceipt receipt) {
        return new RatingView(receipt.code(), receipt.score(), receipt.ratedAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime());
    }
}
