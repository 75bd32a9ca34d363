package org.corridor.flows;

import org.corridor.kernel.RecordPage;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Route events: the openings, restrictions, closures, policy changes and incidents that explain the
 * flow curves. Recorded, read and audited like flow counts; each is an aggregate ({@link RouteEventRecord}) saved
 * whole with its version, and a new one is announced to other modules ({@link RouteEventRecorded}). Their titles and
 * descriptions are free text: an event is a record, read only as the one read rule says, never a figure.
 */
@Service
public class RouteEvents {

    public enum Kind {
        OPENING, RESTRICTION, CLOSURE, POLICY_CHANGE, INCIDENT
    }

    /** Longest title: it labels a marker on a chart and a line of the timeline. */
    public static final int MAX_TITLE = TextLimits.LINE;

    public record RouteEventDraft(UUID operationId, LocalDate occurredOn, UUID countryId, UUID locationId, Kind kind,
            String title, String description, String sourceReference, DistributionLevel distributionLevel) {

        public RouteEventDraft {
            title = title == null ? null : title.trim();
            description = description == null || description.isBlank() ? null : description.trim();
            sourceReference = sourceReference == null || sourceReference.isBlank() ? null : sourceReference.trim();
            // A null level is left to the operation: its default for a new event, the event's own for a change.
        }

        RouteEventDraft withCountry(UUID country) {
            return new RouteEventDraft(operationId, occurredOn, country, locationId, kind, title, description,
                    sourceReference, distributionLevel);
        }

        RouteEventDraft withOperation(UUID operation) {
            return new RouteEventDraft(operation, occurredOn, countryId, locationId, kind, title, description,
                    sourceReference, distributionLevel);
        }

        RouteEventDraft withLevel(DistributionLevel level) {
            return new RouteEventDraft(operationId, occurredOn, countryId, locationId, kind, title, description,
                    sourceReference, level);
        }
    }

    public record RouteEvent(UUID id, UUID operationId, LocalDate occurredOn, UUID countryId, UUID locationId, Kind kind,
            String title, String description, String sourceReference, DistributionLevel distributionLevel,
            UUID createdBy, long version) {
    }

    private final JdbcClient jdbc;
    private final RouteEventRepository repository;
    private final ApplicationEventPublisher events;
    private final FlowCounts counts;
    private final Sharing sharing;

    RouteEvents(JdbcClient jdbc, RouteEventRepository repository, ApplicationEventPublisher events, FlowCounts counts,
            Sharing sharing) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.events = events;
        this.counts = counts;
        this.sharing = sharing;
    }

    /** The level a new event of the operation starts with (the head's choice, else {@link RecordKind#ROUTE_EVENT}'s). */
    public DistributionLevel defaultLevel(UUID operationId) {
        return sharing.defaultLevel(operationId, RecordKind.ROUTE_EVENT);
    }

    /** Everything wrong with the draft; the place rules are those of flow counts. */
    List<Problem> problems(FlowCountRules rules, RouteEventDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.operationId() == null || !rules.operations().contains(draft.operationId())) {
            problems.add(new Problem("operationId", "flow.error.operation"));
        }
        if (draft.occurredOn() == null) {
            problems.add(new Problem("occurredOn", "event.error.date"));
        } else if (draft.occurredOn().isAfter(rules.today())) {
            problems.add(new Problem("occurredOn", "event.error.future"));
        }
        if (draft.locationId() != null && !rules.countryOfLocation().containsKey(draft.locationId())) {
            problems.add(new Problem("locationId", "flow.error.unknownLocation"));
        } else if (draft.countryId() == null) {
            problems.add(new Problem("countryId", "event.error.country"));
        } else if (!rules.countries().contains(draft.countryId())) {
            problems.add(new Problem("countryId", "flow.error.unknownCountry"));
        } else if (draft.locationId() != null && !rules.countryOfLocation().get(draft.locationId()).equals(draft.countryId())) {
            problems.add(new Problem("locationId", "flow.error.locationCountry"));
        }
        if (draft.kind() == null) {
            problems.add(new Problem("kind", "event.error.kind"));
        }
        if (draft.title() == null || draft.title().isEmpty()) {
            problems.add(new Problem("title", "event.error.title"));
        } else if (draft.title().length() > MAX_TITLE) {
            problems.add(new Problem("title", "event.error.titleLength", MAX_TITLE));
        }
        TextLimits.check(problems, "description", draft.description(), TextLimits.PARAGRAPH);
        TextLimits.check(problems, "sourceReference", draft.sourceReference(), TextLimits.LINE);
        return problems;
    }

    @Transactional
    public RouteEvent record(CorridorUser user, RouteEventDraft draft, boolean personalDataConfirmed) {
        if (draft.operationId() != null && !FlowCounts.mayRecord(user, draft.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation record route events");
        }
        RouteEventDraft checked = check(draft, personalDataConfirmed);
        RouteEventDraft complete = checked.distributionLevel() != null ? checked
                : checked.withLevel(defaultLevel(checked.operationId()));
        UUID id = Ids.newId();
        RouteEventRecord event = RouteEventRecord.of(id, complete, user.id(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        repository.save(event);
        RouteEvent saved = load(id).orElseThrow();
        events.publishEvent(AuditableChange.created(user.actor(), "route_event", id, saved.operationId(), saved));
        events.publishEvent(event.recorded());
        return saved;
    }

    @Transactional
    public RouteEvent update(CorridorUser user, UUID id, long expectedVersion, RouteEventDraft changes,
            boolean personalDataConfirmed) {
        RouteEvent before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!FlowCounts.mayRecord(user, before.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation change its route events");
        }
        RouteEventDraft checked = check(changes.withOperation(before.operationId()), personalDataConfirmed);
        RouteEventDraft complete = checked.distributionLevel() != null ? checked
                : checked.withLevel(before.distributionLevel());
        RouteEventRecord event = repository.findById(id).orElseThrow(() -> new RecordNotFound(id));
        event.expectVersion(expectedVersion);
        event.change(complete);
        try {
            repository.save(event);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord(before.version());
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw new StaleRecord(before.version());
            }
            throw e;
        }
        RouteEvent after = load(id).orElseThrow();
        events.publishEvent(AuditableChange.updated(user.actor(), "route_event", id, after.operationId(), before, after));
        return after;
    }

    public Optional<RouteEvent> find(CorridorUser user, UUID id) {
        ReadScope scope = sharing.scopeOf(user);
        return load(id).filter(e -> scope.mayRead(e.operationId(), e.distributionLevel()));
    }

    /**
     * Across the whole region, regardless of who may read them (for the alerts' rules, which show each event only to
     * those who read it): the closures and restrictions that happened from {@code from} to {@code to}, in date order.
     */
    public List<RouteEvent> closuresAndRestrictionsAcrossTheRegion(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from route_event where kind in ('CLOSURE', 'RESTRICTION')
                        and occurred_on >= :from and occurred_on <= :to order by occurred_on, created_at, id""")
                .param("from", from).param("to", to).query(RouteEvent.class).list();
    }

    /** The events the user may read, in date order; every filter part is optional. */
    public List<RouteEvent> list(CorridorUser user, UUID countryId, Kind kind, LocalDate from, LocalDate to) {
        return list(sharing.scopeOf(user), countryId, kind, from, to);
    }

    /** {@link #list} with the scope the page already has. */
    List<RouteEvent> list(ReadScope scope, UUID countryId, Kind kind, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select * from route_event" + where(scope, countryId, kind, from, to, params)
                        + " order by occurred_on, created_at, id")
                .params(params).query(RouteEvent.class).list();
    }

    /** One page of {@link #list}, newest first (the API's order). */
    public RecordPage<RouteEvent> list(CorridorUser user, UUID countryId, Kind kind, LocalDate from, LocalDate to,
            int page, int size) {
        return list(user, countryId, kind, from, to, page, size, Long.MAX_VALUE);
    }

    /** One page of {@link #list}, newest first, counting only up to {@code countAtMost}. */
    public RecordPage<RouteEvent> list(CorridorUser user, UUID countryId, Kind kind, LocalDate from, LocalDate to,
            int page, int size, long countAtMost) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(sharing.scopeOf(user), countryId, kind, from, to, params);
        long total = RecordPage.count(jdbc, "route_event" + where, params, countAtMost);
        List<RouteEvent> items = jdbc.sql("select * from route_event" + where
                        + " order by occurred_on desc, id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query(RouteEvent.class).list();
        return RecordPage.counted(items, page, size, total, countAtMost);
    }

    private String where(ReadScope scope, UUID countryId, Kind kind, LocalDate from, LocalDate to,
            Map<String, Object> params) {
        scope.bind(params);
        Conditions where = Conditions.of(params)
                .and(scope.records(null))
                .and("country_id = :country", "country", countryId)
                .and("kind = :kind", "kind", kind == null ? null : kind.name())
                .and("occurred_on >= :from", "from", from)
                .and("occurred_on <= :to", "to", to);
        params.putAll(where.params());
        return " where " + where;
    }

    private RouteEventDraft check(RouteEventDraft draft, boolean personalDataConfirmed) {
        FlowCountRules rules = counts.rules();
        RouteEventDraft complete = draft.countryId() == null && draft.locationId() != null
                && rules.countryOfLocation().containsKey(draft.locationId())
                ? draft.withCountry(rules.countryOfLocation().get(draft.locationId())) : draft;
        List<Problem> problems = problems(rules, complete);
        RecordRejected.ifAny(problems);
        var findings = PersonalDataCheck.scan(complete.title(), complete.description());
        if (!findings.isEmpty() && !personalDataConfirmed) {
            throw new PersonalDataSuspected(findings);
        }
        return complete;
    }

    private Optional<RouteEvent> load(UUID id) {
        return repository.findById(id).map(RouteEventRecord::toEvent);
    }
}
