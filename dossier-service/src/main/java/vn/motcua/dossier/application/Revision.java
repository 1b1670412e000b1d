package vn.motcua.dossier.application;

import java.time.Instant;

/** The version of a stored year (its ETag), and who wrote it when. */
public record Revision(long version, Instant updatedAt, String updatedBy) {
}
