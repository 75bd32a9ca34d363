package org.corridor.flows;

import org.corridor.kernel.PagedItems;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.flows.BulkRejected;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.FlowFilter;
import org.corridor.kernel.RecordNotFound;
import org.corridor.flows.PeriodKind;
import org.corridor.kernel.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Flow counts")
class FlowCountApiController {

    /** The list counts its records up to this many, then says "at least" (totalIsLowerBound). */
    @Value("${corridor.api.list-count-limit:" + RecordPage.COUNT_LIMIT + "}")
    private long countLimit;

    /** Largest batch: one request's items are all checked and held in memory together. */
    static final int MAX_BATCH = 10_000;

    private final FlowCounts counts;
    private final JsonMapper json;

    FlowCountApiController(FlowCounts counts, JsonMapper json) {
        this.counts = counts;
        this.json = json;
    }

    /**
     * A flow count as sent to the API. {@code operationId} may be left out by someone who records for one
     * operation only; {@code countryId} when a location is given; {@code periodKind} (DAY) or {@code periodEnd};
     * {@code distributionLevel}: a new count then takes the level its operation's head chose for flow counts, a
     * corrected one keeps its level.
     */
    record FlowCountRequest(UUID operationId, PeriodKind periodKind, LocalDate periodStart, LocalDate periodEnd,
            UUID countryId, UUID locationId, Direction direction, UUID sourceOrganisationId, Integer total,
            Integer men, Integer women, Integer children, Integer unaccompaniedMinors,
            Map<String, Integer> nationalities, DistributionLevel distributionLevel) {

        FlowCountDraft toDraft(CorridorUser user) {
            UUID operation = operationId;
            if (operation == null) {
                Set<UUID> recordable = user.operationIds().stream().filter(user::mayRecord).collect(Collectors.toSet());
                operation = recordable.size() == 1 ? recordable.iterator().next() : null;
            }
            return new FlowCountDraft(operation, periodKind, periodStart, periodEnd, countryId, locationId, direction,
                    sourceOrganisationId, total, men, women, children, unaccompaniedMinors, nationalities,
                    distributionLevel);
        }
    }

    @GetMapping("/api/v1/flow-counts")
    @Operation(summary = "Flow counts the caller may read, newest period first, paged; filter by operation, country, "
            + "location, direction, source (an organisation id, or 'own' for the operations' own observation), "
            + "period kind and period (counts overlapping from–to)")
    PagedItems<FlowCount> list(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) UUID country,
            @RequestParam(required = false) UUID location, @RequestParam(required = false) Direction direction,
            @RequestParam(required = false) String source, @RequestParam(required = false) PeriodKind periodKind,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        SourceParameter chosen = SourceParameter.parse(source);
        FlowFilter filter = new FlowFilter(operation, country, location, direction, chosen.organisation(), chosen.own(),
                periodKind, from, to);
        return PagedItems.of(counts.list(user, filter, Math.max(page, 0), PagedItems.size(size), countLimit));
    }

    @GetMapping("/api/v1/flow-counts/{id}")
    @Operation(summary = "One flow count, with its version as the ETag")
    ResponseEntity<FlowCount> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        FlowCount count = counts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(count.version(), count);
    }

    @PostMapping("/api/v1/flow-counts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a flow count; without distributionLevel it takes its operation's default level for "
            + "flow counts. 422 lists each bad field, including a count that exists already for the same period, place, "
            + "direction and source (naming the operation that has it only where the caller may read that count)")
    ResponseEntity<FlowCount> create(@AuthenticationPrincipal CorridorUser user, @RequestBody FlowCountRequest request) {
        FlowCount count = counts.record(user, request.toDraft(user));
        return Etags.created("/api/v1/flow-counts/" + count.id(), count.version(), count);
    }

    @PutMapping("/api/v1/flow-counts/{id}")
    @Operation(summary = "Correct a flow count; send the ETag you read as If-Match (412 if someone changed it since, "
            + "428 without it)")
    ResponseEntity<FlowCount> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FlowCountRequest request) {
        long expected = Etags.requireVersion(ifMatch);
        FlowCount count = counts.update(user, id, expected, request.toDraft(user));
        return Etags.ok(count.version(), count);
    }

    @PostMapping("/api/v1/flow-counts/bulk")
    @Operation(summary = "Write a JSON array of flow counts all or nothing. Every item is checked first; any problem "
            + "answers 422 listing each bad item (index from 0, field, message) and writes nothing. Otherwise new "
            + "counts are created, counts with the same period, place, direction and source are corrected (audited) "
            + "and identical ones left alone, so sending the same array again changes nothing.")
    FlowCounts.BulkOutcome bulk(@AuthenticationPrincipal CorridorUser user, @RequestBody List<JsonNode> items) {
        if (items.size() > MAX_BATCH) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "A batch holds at most " + MAX_BATCH + " counts; send larger sets in several batches or import "
                            + "them as a file at /flows/import.");
        }
        // Someone who records for no operation is refused outright, not told item by item.
        if (user.operationIds().stream().noneMatch(user::mayRecord)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only officers and focal points record flow counts");
        }
        List<FlowCountDraft> drafts = new ArrayList<>(items.size());
        List<BulkRejected.ItemProblem> unreadable = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item == null || item.isNull()) {
                drafts.add(null);
                continue;
            }
            try {
                drafts.add(json.treeToValue(item, FlowCountRequest.class).toDraft(user));
            } catch (DatabindException e) {
                drafts.add(null);
                unreadable.add(new BulkRejected.ItemProblem(i, new Problem(field(e), "flow.error.unreadable")));
            }
        }
        if (!unreadable.isEmpty()) {
            // An unreadable item is reported as such, with the problems of the readable ones.
            Set<Integer> unreadableIndexes = unreadable.stream().map(BulkRejected.ItemProblem::index)
                    .collect(Collectors.toSet());
            List<BulkRejected.ItemProblem> all = new ArrayList<>(unreadable);
            counts.problems(user, drafts).stream().filter(p -> !unreadableIndexes.contains(p.index())).forEach(all::add);
            all.sort(java.util.Comparator.comparingInt(BulkRejected.ItemProblem::index));
            throw new BulkRejected(all);
        }
        return counts.upsert(user, drafts);
    }

    private static String field(DatabindException e) {
        return e.getPath().stream().map(reference -> reference.getPropertyName()).filter(name -> name != null)
                .collect(Collectors.joining("."));
    }
}
