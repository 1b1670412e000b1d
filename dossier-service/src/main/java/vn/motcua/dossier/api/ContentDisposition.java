package vn.motcua.dossier.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names in {@code Content-Disposition} (RFC 6266): read from an upload's header, written on a download
 * so that Vietnamese names survive ({@code filename*=UTF-8''...}) with an ASCII fallback for old clients.
 */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("filename\\s*=\\s*([^;\"\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}/\\\\]");

    private ContentDisposition() {
    }

    /** The file name a header gives, NFC, without path or control characters; empty when none. */
    static Optional<String> fileName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = null;
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            name = URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } else {
            Matcher quoted = QUOTED.matcher(header);
            Matcher token = TOKEN.matcher(header);
            if (quoted.find()) {
                name = quoted.group(1).replaceAll("\\\\(.)", "$1");
            } else if (token.find()) {
                name = token.group(1);
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        String clean = UNSAFE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("_").strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean.length() > 255 ? clean.substring(0, 255) : clean);
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    static String attachment(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
