package vn.motcua.procedure.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: any Unicode composition (NFC or NFD), any case, with or without
 * diacritics, and {@code đ} as {@code d}. "ĐĂNG KÝ KHAI SINH", "dang ky khai sinh" and the decomposed
 * form all fold to "dang ky khai sinh". Letters, digits, {@code .}, {@code %} and {@code _} make words;
 * anything else separates them.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // '%' and '_' stay: a search for them looks for those characters ("50%"), not for anything
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.%_]+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The folded words of a query, in order. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
