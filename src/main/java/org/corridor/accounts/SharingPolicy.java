package org.corridor.accounts;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * An operation's sharing choices, set by its head: the level at which its figures are read, and the default
 * level of each kind of new record.
 *
 * @param figuresLevel who reads the counts derived from the operation's records (DESIGN.md: "figures are not
 *     records"); {@link #DEFAULT_FIGURES_LEVEL} until the head chooses
 * @param defaultLevels the level a new record of each kind starts with; kinds left out take
 *     {@link RecordKind#defaultLevel()}
 * @param version for optimistic locking; 0 before the first change
 */
public record SharingPolicy(UUID operationId, DistributionLevel figuresLevel, Map<RecordKind, DistributionLevel> defaultLevels,
        long version) {

    public static final DistributionLevel DEFAULT_FIGURES_LEVEL = DistributionLevel.OSCE;

    public SharingPolicy {
        figuresLevel = figuresLevel == null ? DEFAULT_FIGURES_LEVEL : figuresLevel;
        EnumMap<RecordKind, DistributionLevel> levels = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            DistributionLevel chosen = defaultLevels == null ? null : defaultLevels.get(kind);
            levels.put(kind, chosen == null ? kind.defaultLevel() : chosen);
        }
        defaultLevels = Map.copyOf(levels);
    }

    /** The policy of an operation whose head has not chosen anything yet. */
    public static SharingPolicy defaults(UUID operationId) {
        return new SharingPolicy(operationId, DEFAULT_FIGURES_LEVEL, Map.of(), 0);
    }

    public DistributionLevel defaultLevel(RecordKind kind) {
        return defaultLevels.get(kind);
    }
}
