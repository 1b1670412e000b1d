package vn.motcua.procedure.api;

import vn.motcua.platform.rules.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the cells of an import's CSV. A list cell holds items separated by {@code ;}; an item of a
 * fee or document holds parts separated by {@code |}; a backslash makes either (or itself) literal:
 * {@code \;}, {@code \|}, {@code \\}. A typed cell that cannot be read adds an error naming its column.
 */
final class ImportCells {

    static final char ITEM = ';';
    static final char PART = '|';
    static final char ESCAPE = '\\';

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

    private ImportCells() {
    }

    /**
     * The items of a list cell, each as its parts (one part unless {@code withParts}). Items and parts
     * are trimmed; blank items are left out, so a trailing {@code ;} does no harm.
     */
    static List<List<String>> items(String cell, boolean withParts) {
        List<List<String>> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ESCAPE && i + 1 < cell.length() && isSpecial(cell.charAt(i + 1))) {
                part.append(cell.charAt(++i));
            } else if (c == ITEM) {
                endItem(items, parts, part);
                parts = new ArrayList<>();
            } else if (c == PART && withParts) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                // a backslash before anything else is kept as written
                part.append(c);
            }
        }
        endItem(items, parts, part);
        return items;
    }

    /** The items of a list of texts, such as steps or legal basis. */
    static List<String> texts(String cell) {
        return items(cell, false).stream().map(item -> item.get(0)).toList();
    }

    static <E extends Enum<E>> E enumValue(String column, String cell, Class<E> type, List<Violation> errors) {
        if (cell == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Violation(column, "must be one of " + names(type)));
            return null;
        }
    }

    /** {@code true} or {@code false} in any case; an empty cell is false. */
    static boolean yesNo(String column, String cell, List<Violation> errors) {
        if (cell == null) {
            return false;
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new Violation(column, "must be true or false (empty: false)"));
                yield false;
            }
        };
    }

    static Integer wholeNumber(String column, String cell, List<Violation> errors) {
        if (cell == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(cell).matches() || Long.parseLong(cell) != (int) Long.parseLong(cell)) {
            errors.add(new Violation(column, "must be a whole number, such as 5"));
            return null;
        }
        return Integer.valueOf(cell);
    }

    /** VND are whole; "20.000" is how Vietnamese write twenty thousand, so separators are refused rather than guessed. */
    static BigDecimal amount(String column, String cell, List<Violation> errors) {
        if (cell == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
            errors.add(new Violation(column, "must be a whole number of VND without separators, such as 20000"));
            return null;
        }
        return new BigDecimal(cell);
    }

    static LocalTime time(String column, String cell, List<Violation> errors) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalTime.parse(cell, TIME);
        } catch (DateTimeParseException e) {
            errors.add(new Violation(column, "must be a time of day as HH:mm, such as 15:00"));
            return null;
        }
    }

    static LocalDate date(String column, String cell, List<Violation> errors) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            errors.add(new Violation(column, "must be a date as yyyy-MM-dd, such as 2025-07-01"));
            return null;
        }
    }

    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static boolean isSpecial(char c) {
        return c == ITEM || c == PART || c == ESCAPE;
    }

    private static void endItem(List<List<String>> items, List<String> parts, StringBuilder part) {
        parts.add(part.toString().strip());
        part.setLength(0);
        if (parts.stream().anyMatch(p -> !p.isEmpty())) {
            items.add(List.copyOf(parts));
        }
    }
}
