package org.corridor.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.liaison.Meetings;
import org.springframework.stereotype.Component;

/**
 * Co-operation between operations in a period, as the article asks it (Serbia with Skopje, Skopje with Albania):
 * each pair of operations that met, with its meetings, its joint visits and the first and last day, and the operations
 * with none recorded — a finding, shown as such. Counted by liaison ({@link Meetings#operationPairs}) as figures.
 *
 * <p>Joint visits are the meetings of kind JOINT_VISIT that two operations took part in: a monitoring visit records
 * one operation, and its team may hold only that operation's members, so it cannot say that a visit was joint.
 */
@Component
class CooperationPicture {

    /** An operation as the pages and the API name it. */
    record Operation(UUID id, String code, String name) {
    }

    /** Two operations that co-operated in the period; {@code operation} comes first by name. */
    record Pair(Operation operation, Operation otherOperation, long meetings, long jointVisits, LocalDate first,
            LocalDate last) {

        long contacts() {
            return meetings + jointVisits;
        }
    }

    /**
     * The period's co-operation: the pairs (by most contacts), the operations whose figures the user reads and that
     * co-operated with no other ("none recorded"), and those whose figures are not shared with the user (their pairs
     * count only the meetings the user may read).
     */
    record Picture(RegionalPeriod period, List<Operation> operations, List<Pair> pairs, List<Operation> noneRecorded,
            List<Operation> notShared) {

        /** How many pairs each operation is in. */
        Map<UUID, Long> partners() {
            Map<UUID, Long> partners = new LinkedHashMap<>();
            operations.forEach(o -> partners.put(o.id(), 0L));
            pairs.forEach(p -> {
                partners.merge(p.operation().id(), 1L, Long::sum);
                partners.merge(p.otherOperation().id(), 1L, Long::sum);
            });
            return partners;
        }
    }

    private final Meetings meetings;
    private final Directory directory;

    CooperationPicture(Meetings meetings, Directory directory) {
        this.meetings = meetings;
        this.directory = directory;
    }

    Picture of(CorridorUser user, RegionalPeriod period) {
        RegionalReaders.require(user);
        List<Operation> operations = directory.operations().stream()
                .map(o -> new Operation(o.id(), o.code(), o.name()))
                .sorted(Comparator.comparing(Operation::name)).toList();
        Map<UUID, Operation> byId = new LinkedHashMap<>();
        operations.forEach(o -> byId.put(o.id(), o));
        List<Pair> pairs = new ArrayList<>();
        Set<UUID> cooperating = new HashSet<>();
        for (Meetings.OperationPair p : meetings.operationPairs(user, period.from(), period.to())) {
            Operation a = byId.get(p.operationId());
            Operation b = byId.get(p.otherOperationId());
            if (a == null || b == null) {
                continue;
            }
            // Named in alphabetical order, as a reader looks a pair up.
            boolean inOrder = a.name().compareTo(b.name()) <= 0;
            pairs.add(new Pair(inOrder ? a : b, inOrder ? b : a, p.meetings(), p.jointVisits(), p.first(), p.last()));
            cooperating.add(a.id());
            cooperating.add(b.id());
        }
        pairs.sort(Comparator.comparingLong(Pair::contacts).reversed()
                .thenComparing(p -> p.operation().name()).thenComparing(p -> p.otherOperation().name()));
        Set<UUID> hidden = meetings.figuresNotShared(user, byId.keySet());
        List<Operation> notShared = operations.stream().filter(o -> hidden.contains(o.id())).toList();
        // An operation whose figures the user may not read is "not shared", never "none recorded".
        List<Operation> none = operations.stream()
                .filter(o -> !cooperating.contains(o.id()) && !hidden.contains(o.id())).toList();
        return new Picture(period, operations, List.copyOf(pairs), none, notShared);
    }
}
