package fr.inserre.kiosk.common;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "where" of a staff list's JPQL query, built from optional filters: a condition is added only
 * when its filter has a value, and the values go in as parameters, never into the text. Text filters
 * match the start of the value; the schema's collation ignores case and accents, so "dupont" finds
 * "Dupont" and "helene" finds "Hélène".
 */
public final class QueryConditions {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private QueryConditions() {
    }

    /** Starts with a condition that always applies, e.g. {@code t.establishment.id = :establishmentId}. */
    public static QueryConditions where(String condition, String parameter, Object value) {
        QueryConditions conditions = new QueryConditions();
        conditions.add(condition, parameter, value);
        return conditions;
    }

    /** {@code path = :parameter}, when the value is given. */
    public QueryConditions andEquals(String path, String parameter, Object value) {
        if (value != null) {
            add(path + " = :" + parameter, parameter, value);
        }
        return this;
    }

    /** {@code path like 'text%'}, when the text is not blank; the user's own wildcards are taken literally. */
    public QueryConditions andStartsWith(String path, String parameter, String text) {
        if (text != null && !text.isBlank()) {
            add(path + " like :" + parameter, parameter, likePrefix(text));
        }
        return this;
    }

    /** A condition of the caller's own (a fixed JPQL text, never user input) with its parameter. */
    public QueryConditions and(String condition, String parameter, Object value) {
        add(condition, parameter, value);
        return this;
    }

    /** A condition of the caller's own without a parameter, e.g. {@code r.answerReceivedAt is not null}. */
    public QueryConditions and(String condition) {
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
        return this;
    }

    /** One more parameter of a condition already added (a condition naming two or more). */
    public QueryConditions with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    private void add(String condition, String parameter, Object value) {
        and(condition);
        parameters.put(parameter, value);
    }

    /** Gives the query the values of the conditions' parameters. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The text to append to the query's "from": {@code " where ... and ..."}. */
    @Override
    public String toString() {
        return where.toString();
    }

    /** A LIKE pattern for "starts with", with the user's own wildcards taken literally. */
    static String likePrefix(String value) {
        return value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
