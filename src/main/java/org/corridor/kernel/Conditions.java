package org.corridor.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions of a filtered query, built in one place: each condition is SQL written in the code, with its value
 * bound as a named parameter, never spliced into the text. A filter left empty (its value null) adds nothing, so a
 * list's filters read as one line each:
 *
 * <pre>{@code
 * Conditions where = Conditions.of(scope.params())
 *         .and(scope.records("v"))
 *         .and("v.location_id = :location", "location", filter.locationId())
 *         .and("v.starts_at >= :from", "from", from);
 * jdbc.sql("select ... from monitoring_visit v where " + where).params(where.params())
 * }</pre>
 */
public final class Conditions {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params;

    private Conditions(Map<String, ?> params) {
        this.params = new LinkedHashMap<>(params);
    }

    /** No condition yet; starts from parameters the caller already has (e.g. the read rule's). */
    public static Conditions of(Map<String, ?> params) {
        return new Conditions(params);
    }

    public static Conditions none() {
        return new Conditions(Map.of());
    }

    /** A condition that always applies (the read rule, a fixed status); its parameters come with it. */
    public Conditions and(String condition) {
        if (!sql.isEmpty()) {
            sql.append(" and ");
        }
        sql.append('(').append(condition).append(')');
        return this;
    }

    /** The condition when {@code value} is given, with {@code value} bound to {@code :param}; nothing otherwise. */
    public Conditions and(String condition, String param, Object value) {
        if (value == null) {
            return this;
        }
        if (params.containsKey(param) && !java.util.Objects.equals(params.get(param), value)) {
            throw new IllegalArgumentException("Parameter :" + param + " is bound twice with different values");
        }
        params.put(param, value);
        return and(condition);
    }

    /** A fixed condition that applies only when {@code applies}, e.g. "not cancelled" unless cancelled are asked for. */
    public Conditions andIf(boolean applies, String condition) {
        return applies ? and(condition) : this;
    }

    /** Binds a parameter a condition added with {@link #and(String)} uses. */
    public Conditions bind(String param, Object value) {
        params.put(param, value);
        return this;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** The conditions joined with {@code and}; {@code true} when there are none, so it always follows a {@code where}. */
    @Override
    public String toString() {
        return sql.isEmpty() ? "true" : sql.toString();
    }
}
