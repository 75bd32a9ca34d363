package org.corridor.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one user may read: the single read rule of DESIGN.md, as Java predicates for one record and as SQL
 * conditions for lists, figures and exports. Every module asks it; none names a role.
 *
 * <p>A record is read by the members of its operation, and by everyone whose reach includes its level:
 * {@link DistributionLevel#OSCE} reaches members of any operation and the regional coordinator,
 * {@link DistributionLevel#PARTICIPATING_STATES} also delegation readers, {@link DistributionLevel#PUBLIC}
 * every signed-in user. Administrators read nothing by being administrators. A figure (a count with no free text)
 * of an operation is read by its members and by everyone whose reach includes the operation's figures level.
 *
 * <p>The SQL conditions use named parameters that {@link #params()} supplies, all prefixed {@code read_}.
 */
public final class ReadScope {

    private final CorridorUser user;
    private final Set<DistributionLevel> reach;
    private final Map<UUID, DistributionLevel> figuresLevels;

    /**
     * @param figuresLevels the figures level of every operation whose head chose one; others have
     *     {@link SharingPolicy#DEFAULT_FIGURES_LEVEL}
     */
    ReadScope(CorridorUser user, Map<UUID, DistributionLevel> figuresLevels) {
        this.user = user;
        this.reach = user.levelsReadBeyondOwnOperations();
        this.figuresLevels = Map.copyOf(figuresLevels);
    }

    public CorridorUser user() {
        return user;
    }

    /** The levels this user reads in operations they are not a member of. */
    public Set<DistributionLevel> reach() {
        return reach;
    }

    /** Whether the user reads the content of a record of this operation at this level. */
    public boolean mayRead(UUID operationId, DistributionLevel level) {
        return user.mayRead(operationId, level);
    }

    /** A record taking part in several operations (a shared meeting) is read by the members of each. */
    public boolean mayRead(Collection<UUID> operationIds, DistributionLevel level) {
        return operationIds.stream().anyMatch(user::isMemberOf) || (level != null && reach.contains(level));
    }

    /** Whether the user reads the figures (counts, no free text) of this operation. */
    public boolean mayReadFigures(UUID operationId) {
        return user.isMemberOf(operationId) || reach.contains(figuresLevel(operationId));
    }

    /** The operations among {@code operationIds} whose figures this user may not read: shown as "not shared". */
    public Set<UUID> figuresNotShared(Collection<UUID> operationIds) {
        return operationIds.stream().filter(id -> !mayReadFigures(id)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the user is a member of the operation (and so reads all of it). */
    public boolean isMemberOf(UUID operationId) {
        return user.isMemberOf(operationId);
    }

    DistributionLevel figuresLevel(UUID operationId) {
        return figuresLevels.getOrDefault(operationId, SharingPolicy.DEFAULT_FIGURES_LEVEL);
    }

    /** Records readable by the user, for a table with {@code operation_id} and {@code distribution_level}. */
    public String records(String alias) {
        return records(column(alias, "operation_id"), column(alias, "distribution_level"));
    }

    /** Records readable by the user, given the SQL expressions of their operation and level. */
    public String records(String operationExpression, String levelExpression) {
        return "(" + operationExpression + " = any(:read_member) or " + levelExpression + " = any(:read_levels))";
    }

    /**
     * Records with several operations (an array of uuid) readable by the members of each. The level is asked first,
     * and the operations only of a member of some operation: the array is usually a subquery a row, which a reader
     * who belongs to no operation (the coordinator, a delegation) would otherwise run on every row for nothing.
     */
    public String recordsOfAny(String operationsArrayExpression, String levelExpression) {
        if (user.operationIds().isEmpty()) {
            return "(" + levelExpression + " = any(:read_levels))";
        }
        return "(" + levelExpression + " = any(:read_levels) or " + operationsArrayExpression
                + " && cast(:read_member as uuid[]))";
    }

    /** Rows whose figures the user may read, for a table with {@code operation_id}. */
    public String figures(String alias) {
        return figuresOf(column(alias, "operation_id"));
    }

    /** Rows whose figures the user may read, given the SQL expression of their operation. */
    public String figuresOf(String operationExpression) {
        return "(" + operationExpression + " = any(:read_figures_shown) or (:read_figures_default and not ("
                + operationExpression + " = any(:read_figures_hidden))))";
    }

    /** The named parameters the conditions above use. */
    public Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("read_member", user.operationIds().toArray(UUID[]::new));
        params.put("read_levels", reach.stream().map(Enum::name).toArray(String[]::new));
        boolean defaultShown = reach.contains(SharingPolicy.DEFAULT_FIGURES_LEVEL);
        // Operations with a chosen figures level differ from the default either way; members always read theirs.
        Set<UUID> shown = new java.util.HashSet<>(user.operationIds());
        Set<UUID> hidden = new java.util.HashSet<>();
        figuresLevels.forEach((operation, level) -> {
            if (user.isMemberOf(operation)) {
                return;
            }
            if (reach.contains(level)) {
                shown.add(operation);
            } else {
                hidden.add(operation);
            }
        });
        params.put("read_figures_shown", shown.toArray(UUID[]::new));
        params.put("read_figures_default", defaultShown);
        params.put("read_figures_hidden", hidden.toArray(UUID[]::new));
        return params;
    }

    /** Adds {@link #params()} to a module's own parameters and returns them. */
    public Map<String, Object> bind(Map<String, Object> params) {
        params.putAll(params());
        return params;
    }

    private static String column(String alias, String column) {
        return alias == null || alias.isEmpty() ? column : alias + "." + column;
    }

    static Set<DistributionLevel> levelsAtOrAbove(DistributionLevel level) {
        return EnumSet.range(level, DistributionLevel.PUBLIC);
    }
}
