package vn.motcua.dossier.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import vn.motcua.dossier.application.HistoricalImport;
import vn.motcua.dossier.application.HistoricalRow;
import vn.motcua.platform.rules.Violation;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.http.problem.ProblemType;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of a historical import row by row, so that a row with a value of the wrong type or an
 * unknown field is reported as that row's error instead of refusing the whole request.
 */
final class HistoricalImportRows {

    private HistoricalImportRows() {
    }

    static List<HistoricalRow> read(JsonNode body, ObjectMapper json) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.invalid("body", "is required: a JSON array of legacy dossiers");
        }
        if (!body.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of legacy dossiers");
        }
        if (body.isEmpty()) {
            throw ProblemException.invalid("body", "must hold at least one dossier");
        }
        if (body.size() > HistoricalImport.MAX_ROWS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE.status(),
                    body.size() + " rows are more than one import takes", List.of(new Violation("rows", "at most "
                    + HistoricalImport.MAX_ROWS + " dossiers per import; split the file")), Map.of());
        }
        // a misspelt field (dueAT) would silently lose the legacy due time; say so instead
        ObjectReader reader = json.readerFor(HistoricalDossierRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<HistoricalRow> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode element = body.get(i);
            int row = i + 1;
            String code = element.path("code").isTextual() ? element.path("code").asText() : null;
            if (!element.isObject()) {
                rows.add(HistoricalRow.unreadable(row, null, List.of(new Violation("", "must be a JSON object: a legacy dossier"))));
                continue;
            }
            try {
                HistoricalDossierRequest request = reader.readValue(element);
                rows.add(HistoricalRow.read(row, request.toDossier()));
            } catch (JsonMappingException e) {
                rows.add(HistoricalRow.unreadable(row, code, List.of(new Violation(pathOf(e), messageOf(e)))));
            } catch (IOException e) {
                rows.add(HistoricalRow.unreadable(row, code, List.of(new Violation("", "cannot be read as a legacy dossier"))));
            }
        }
        return rows;
    }

    private static String messageOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + String.join(", ", Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList());
            }
            if (Temporal.class.isAssignableFrom(target) || target == OffsetDateTime.class) {
                return "must be a date and time with its offset, such as 2025-07-01T08:00:00+07:00";
            }
            if (target == Boolean.class || target == boolean.class) {
                return "must be true or false";
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return "must be a number";
            }
            if (List.class.isAssignableFrom(target)) {
                return "must be an array";
            }
            if (target == String.class) {
                return "must be a string";
            }
            if (!(e instanceof InvalidFormatException)) {
                return "must be an object";
            }
        }
        return "has a value of the wrong type";
    }

    /** The Jackson path as API users read it: {@code timeline[3].at}. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
