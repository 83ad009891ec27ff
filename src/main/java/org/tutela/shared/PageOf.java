package org.tutela.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results: the items, the zero-based page number, the page size and the total count; when
 * {@code totalExact} is false, there are more than {@code total} results (a search counts its hits only so far).
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public static final int MAX_SIZE = 100;

    public PageOf(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /** A page of results of which there are more than {@code counted}. */
    public static <T> PageOf<T> moreThan(List<T> items, int page, int size, long counted) {
        return new PageOf<>(items, page, size, counted, false);
    }

    /** The number of pages, or when the total is not exact, of the pages up to this one and the next if any. */
    public int pages() {
        if (!totalExact) {
            return page + (hasNext() ? 2 : 1);
        }
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return totalExact ? (long) (page + 1) * size < total : items.size() == size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }

    /** Keeps a requested page and size within bounds. */
    public static int size(Integer requested, int fallback) {
        if (requested == null) {
            return fallback;
        }
        if (requested < 1 || requested > MAX_SIZE) {
            throw new InvalidInput("size", "invalid.pageSize", MAX_SIZE);
        }
        return requested;
    }

    public static int page(Integer requested) {
        if (requested == null) {
            return 0;
        }
        if (requested < 0) {
            throw new InvalidInput("page", "invalid.pageNumber");
        }
        return requested;
    }
}
