package vn.motcua.procedure.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the rows of an import that give the same value (a code, an agency code), which one file may give only once. */
final class ImportDuplicates {

    private ImportDuplicates() {
    }

    /** For each row number whose value another row gives too, the numbers of all the rows that give it, in order. */
    static <T> Map<Integer, List<Integer>> of(List<ImportRow<T>> rows, Function<ImportRow<T>, String> value) {
        Map<String, List<Integer>> byValue = new LinkedHashMap<>();
        for (ImportRow<T> row : rows) {
            String key = value.apply(row);
            if (key != null) {
                byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(row.row());
            }
        }
        Map<Integer, List<Integer>> duplicates = new LinkedHashMap<>();
        byValue.values().stream().filter(numbers -> numbers.size() > 1)
                .forEach(numbers -> numbers.forEach(number -> duplicates.put(number, numbers)));
        return duplicates;
    }

    /** "rows 1 and 4", "rows 1, 4 and 7". */
    static String rows(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "row " + numbers.get(0);
        }
        String all = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return "rows " + all.substring(0, last) + " and " + all.substring(last + 2);
    }
}
