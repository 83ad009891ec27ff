package org.tutela.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results: the items, the zero-based page number, the page size and the total count. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Keeps a requested page and size within bounds. */
    public static int size(Integer requested, int fallback) {
        if (requested == null) {
            return fallback;
        }
        if (requested < 1 || requested > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
        return requested;
    }

    public static int page(Integer requested) {
        if (requested == null) {
            return 0;
        }
        if (requested < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        return requested;
    }
}
