package vn.motcua.platform.http.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Brings the text of a request's path and query parameters to NFC before any resource reads them, so
 * that {@code ?q=} or {@code ?code=} typed in NFD finds what is stored in NFC. A request whose
 * parameters are NFC already (every ASCII one) keeps its URI untouched.
 */
public class NfcParameters {

    @ServerRequestFilter(preMatching = true)
    public void normalize(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String rawPath = uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        String path = rawPath == null ? null : normalizedPath(rawPath);
        String query = rawQuery == null ? null : normalizedQuery(rawQuery);
        if (path == null && query == null) {
            return;
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        request.setRequestUri(URI.create(base + (path != null ? path : rawPath)
                + (query != null ? "?" + query : rawQuery != null ? "?" + rawQuery : "")));
    }

    /** The raw path with each segment in NFC, or null if every segment is NFC already. */
    private static String normalizedPath(String rawPath) {
        if (isPlainAscii(rawPath)) {
            return null;
        }
        String[] segments = rawPath.split("/", -1);
        boolean changed = false;
        for (int i = 0; i < segments.length; i++) {
            // in a path '+' is a plus sign, not a space
            String text = decoded(segments[i].replace("+", "%2B"));
            String nfc = Nfc.of(text);
            if (text != null && !nfc.equals(text)) {
                segments[i] = URLEncoder.encode(nfc, StandardCharsets.UTF_8).replace("+", "%20");
                changed = true;
            }
        }
        return changed ? String.join("/", segments) : null;
    }

    /** The raw query with each name and value in NFC, or null if all of them are NFC already. */
    private static String normalizedQuery(String rawQuery) {
        if (isPlainAscii(rawQuery)) {
            return null;
        }
        String[] pairs = rawQuery.split("&", -1);
        boolean changed = false;
        for (int i = 0; i < pairs.length; i++) {
            String[] parts = pairs[i].split("=", 2);
            StringBuilder pair = new StringBuilder();
            for (int j = 0; j < parts.length; j++) {
                String text = decoded(parts[j]);
                String nfc = Nfc.of(text);
                boolean differs = text != null && !nfc.equals(text);
                changed |= differs;
                pair.append(j == 0 ? "" : "=").append(differs ? URLEncoder.encode(nfc, StandardCharsets.UTF_8) : parts[j]);
            }
            pairs[i] = pair.toString();
        }
        return changed ? String.join("&", pairs) : null;
    }

    /** Without a percent escape or a character beyond ASCII, there is nothing that could be NFD. */
    private static boolean isPlainAscii(String raw) {
        return raw.chars().allMatch(c -> c < 0x80 && c != '%');
    }

    /** The decoded text, or null for a malformed escape, which is left for the framework to answer. */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
