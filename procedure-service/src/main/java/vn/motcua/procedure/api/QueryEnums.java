package vn.motcua.procedure.api;

import vn.motcua.platform.http.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads an enum from a query parameter, answering 400 naming the parameter and the allowed values. */
final class QueryEnums {

    private QueryEnums() {
    }

    static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
