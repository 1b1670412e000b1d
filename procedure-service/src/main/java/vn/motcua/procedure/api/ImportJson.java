package vn.motcua.procedure.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;
import vn.motcua.procedure.application.ImportLimits;
import vn.motcua.procedure.application.ImportRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the JSON of an import: an array of the objects the single-item endpoint takes. A body that is
 * not JSON, or not an array, is refused as a whole (400); an element that cannot be read (an unknown
 * field, a wrong type, an unknown enum value) makes only its row invalid, so the report names all of them.
 */
final class ImportJson {

    private ImportJson() {
    }

    static <B, T> List<ImportRow<T>> read(ObjectMapper json, byte[] body, Class<B> type, Function<B, String> code,
                                          Function<B, T> content) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty; send a JSON array with one object per row");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProblemException(ProblemType.MALFORMED_BODY, 400, "The body is not well-formed JSON" + where + ".",
                    List.of(), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array failed", e);
        }
        if (root == null || !root.isArray()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, 400, "The body must be a JSON array, one object per row.",
                    List.of(new Violation("body", "must be a JSON array")), Map.of());
        }
        if (root.isEmpty()) {
            throw ProblemException.invalid("body", "is an empty array; send at least one row");
        }
        if (root.size() > ImportLimits.MAX_ROWS) {
            throw ImportLimits.tooManyRows();
        }
        // stricter than the service-wide mapper: in a file of many rows a misspelt field must not pass unnoticed
        ObjectReader reader = json.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        List<ImportRow<T>> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            int row = i + 1;
            if (!node.isObject()) {
                rows.add(new ImportRow<>(row, null, null, null, List.of(new Violation("", "must be a JSON object"))));
                continue;
            }
            try {
                B value = reader.readValue(node);
                rows.add(new ImportRow<>(row, null, code.apply(value), content.apply(value), List.of()));
            } catch (JsonMappingException e) {
                JsonNode given = node.get("code");
                String givenCode = given != null && given.isValueNode() && !given.isNull() ? given.asText() : null;
                rows.add(new ImportRow<>(row, null, givenCode, null, List.of(new Violation(path(e), describe(e)))));
            } catch (IOException e) {
                throw new IllegalStateException("reading a JSON tree failed", e);
            }
        }
        return rows;
    }

    /** The path of the unreadable value within its row, as API users write it: {@code documents[1].form}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be " + expected(mismatch.getTargetType(), e instanceof InvalidFormatException);
        }
        return "has a value that cannot be read";
    }

    private static String expected(Class<?> type, boolean invalidText) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
            return "one of " + ImportCells.names(enumType);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == java.time.LocalTime.class) {
            return "a time of day as \"HH:mm\", such as \"15:00\"";
        }
        if (type == java.time.LocalDate.class) {
            return "a date as \"yyyy-MM-dd\", such as \"2025-07-01\"";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return invalidText ? "a valid value" : "a JSON object";
    }
}
