package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.common.PageRequest;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What a lazy PrimeFaces table asks for, as the services take it: the page and its sort, the values
 * typed or picked in its filters. Nothing from the client is trusted: sizes are bounded, sort fields
 * are looked up by the service, enum values must be constants.
 */
public final class TableRequests {

    private TableRequests() {
    }

    /** The page asked for, at most {@link PageRequest#MAX_SIZE} rows, sorted by the first sort column. */
    public static PageRequest page(int first, int pageSize, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    /** The stripped text of a column's filter; null when empty. */
    public static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        if (meta == null || meta.getFilterValue() == null) {
            return null;
        }
        String value = String.valueOf(meta.getFilterValue()).strip();
        return value.isEmpty() ? null : value;
    }

    /** The enum constant named by a column's filter; null when empty or not a constant of the type. */
    public static <E extends Enum<E>> E constant(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        String name = text(filterBy, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
