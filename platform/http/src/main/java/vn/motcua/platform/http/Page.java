package vn.motcua.platform.http;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every MotCua API returns lists: {@code {"items": [...], "page": 0,
 * "size": 20, "total": 123}}, pages counted from 0.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
