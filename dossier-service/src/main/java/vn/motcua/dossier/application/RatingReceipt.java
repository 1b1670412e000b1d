package vn.motcua.dossier.application;

import java.time.Instant;

/** A rating as it was recorded. */
public record RatingReceipt(String code, int score, Instant ratedAt) {
}
