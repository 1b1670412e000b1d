package vn.motcua.dossier.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the entity tags of an {@code If-Match} or {@code If-None-Match} header (RFC 9110, 8.8.3). */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * The opaque tags without quotes, {@code *} for any; empty when the header is absent. Weak tags
     * ({@code W/"3"}) are left out, since a write compares strongly: a header of only weak tags then
     * matches nothing.
     */
    static Optional<List<String>> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (tag.startsWith("W/")) {
                continue;
            }
            // a bare 3 is not a valid tag, but it can only mean "3"
            tags.add(tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag);
        }
        return Optional.of(tags);
    }
}
