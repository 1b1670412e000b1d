package vn.motcua.procedure.api;

import jakarta.ws.rs.core.MediaType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.platform.http.text.Nfc;
import vn.motcua.procedure.application.ImportLimits;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CSV of an import: RFC 4180 (comma-separated, values with commas, quotes or line breaks in
 * double quotes, a quote inside doubled), UTF-8 with or without a byte order mark, a header row naming
 * the columns in any order and case, then one data row per record. Blank rows are skipped.
 */
final class ImportCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final char BOM = '\uFEFF';

    /**
     * One data row.
     *
     * @param row    1-based, not counting the header or blank rows
     * @param line   the line of the file where it starts (the header is line 1)
     * @param cells  its non-blank values, trimmed, by column name as the documentation spells it
     * @param errors what is wrong with the row as a whole
     */
    record Row(int row, int line, Map<String, String> cells, List<Violation> errors) {

        String cell(String column) {
            return cells.get(column);
        }
    }

    private ImportCsv() {
    }

    /** Reads every data row, or answers 400 for a file that is not CSV, not UTF-8, or whose header is not valid. */
    static List<Row> read(byte[] body, MediaType type, List<String> columns, Set<String> required) {
        String text = decode(body, type);
        Lines lines = new Lines(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long completedLines = 0;
            List<String> header = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw malformed(lines.afterLines(completedLines));
                }
                completedLines = parser.getCurrentLineNumber();
                if (header == null) {
                    header = header(record.toList(), columns, required);
                    continue;
                }
                List<String> values = record.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == ImportLimits.MAX_ROWS) {
                    throw ImportLimits.tooManyRows();
                }
                rows.add(row(rows.size() + 1, lines.ofRecordAt(record.getCharacterPosition()), header, values));
            }
            if (header == null) {
                throw ProblemException.invalid("body", "is empty; send a header row naming the columns, then one row per line");
            }
        } catch (IOException e) {
            // a StringReader does not fail; this keeps the compiler satisfied
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("body", "has a header row but no data rows");
        }
        return rows;
    }

    private static Row row(int number, int line, List<String> header, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            String value = values.get(i).strip();
            if (!value.isEmpty()) {
                cells.put(header.get(i), value);
            }
        }
        List<Violation> errors = new ArrayList<>();
        if (values.size() > header.size() && values.subList(header.size(), values.size()).stream().anyMatch(v -> !v.isBlank())) {
            errors.add(new Violation("", "has " + values.size() + " values but the header names " + header.size()
                    + " columns; enclose a value that contains a comma in double quotes"));
        }
        return new Row(number, line, cells, errors);
    }

    /** The header's columns in canonical spelling, or 400 naming each unknown, repeated, unnamed or missing one. */
    private static List<String> header(List<String> names, Collection<String> columns, Set<String> required) {
        Map<String, String> known = new HashMap<>();
        columns.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        String allowed = String.join(", ", columns);
        List<Violation> errors = new ArrayList<>();
        if (names.size() == 1 && names.get(0).indexOf(ImportCells.ITEM) >= 0) {
            throw ProblemException.invalid("header", "is separated by semicolons; save the file as comma-separated CSV (UTF-8)");
        }
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (name.isEmpty()) {
                errors.add(new Violation("header", "column " + (i + 1) + " has no name; name it (" + allowed + ") or delete it"));
            } else if (column == null) {
                errors.add(new Violation("header", "names the unknown column \"" + name + "\"; the columns are " + allowed));
            } else if (!seen.add(column)) {
                errors.add(new Violation("header", "names the column " + column + " twice"));
            }
            header.add(column == null ? "" : column);
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                errors.add(new Violation("header", "lacks the required column " + column));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return header;
    }

    private static String decode(byte[] body, MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE.status(),
                    "An import's CSV is UTF-8; this one declares " + charset + ".",
                    List.of(new Violation("Content-Type", "must be text/csv or text/csv; charset=UTF-8")), Map.of());
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty; send a header row naming the columns, then one row per line");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, 400, "The body is not UTF-8 text; save the file as CSV UTF-8.",
                    List.of(new Violation("body", "must be UTF-8 text")), Map.of());
        }
        // the CSV is read here, not by the service-wide JSON reader: its text is brought to NFC here too
        return Nfc.of(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text);
    }

    private static ProblemException malformed(int line) {
        return new ProblemException(ProblemType.MALFORMED_BODY, 400,
                "The CSV is not well-formed at line " + line + ": a quoted value is not closed, or text follows a closing"
                        + " quote. Enclose a value that holds commas, quotes or line breaks in double quotes, and double each"
                        + " quote inside it.",
                List.of(new Violation("body", "is not well-formed CSV at line " + line)), Map.of());
    }

    /** Where each line of the text starts, to name the line of a row or of a syntax error. */
    private static final class Lines {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        /**
         * The 1-based line where the record found at a character position starts: the parser reports the
         * position where it began to look, before the empty lines it skipped.
         */
        int ofRecordAt(long position) {
            int low = 0;
            int high = starts.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (starts.get(middle) <= position) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return firstNonEmptyFrom(low);
        }

        /** The line where the record after the first {@code completed} lines starts. */
        int afterLines(long completed) {
            return firstNonEmptyFrom((int) completed);
        }

        /** Only lines with nothing but their line break are skipped: a line of spaces is a record of its own. */
        private int firstNonEmptyFrom(int index) {
            while (index + 1 < starts.size()
                    && text.substring(starts.get(index), starts.get(index + 1)).chars().allMatch(c -> c == '\r' || c == '\n')) {
                index++;
            }
            return index + 1;
        }
    }
}
