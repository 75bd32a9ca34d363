package org.corridor.regional;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.PeriodKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Cross-border reconciliation: for each configured border, the exits counted on one side against the entries counted
 * on the other ({@link BorderComparison}), from the flows module's figures as the reader reads them. The two sides
 * are compared only in the sources the reader chooses (own observation, UNHCR, a national authority…), one per side;
 * without a choice, a source that counted on both sides in the period.
 */
@Service
class BorderReconciliations {

    private static final Logger log = LoggerFactory.getLogger(BorderReconciliations.class);

    /** The {@code source} value of the operations' own observation (as the flow pages write it). */
    static final String OWN = "own";

    /** A side as the directory knows it; {@code kind} null when its code is neither a location's nor a country's. */
    record BorderSide(String code, Direction direction, @Nullable String kind, @Nullable String name,
            @Nullable UUID countryId, @Nullable UUID locationId) {

        boolean known() {
            return kind != null;
        }

        FlowFigures.Place place() {
            return locationId != null ? FlowFigures.Place.location(countryId, locationId)
                    : FlowFigures.Place.country(countryId);
        }
    }

    /** A configured border with its sides looked up in the directory. */
    record Border(String name, String title, BorderSide exit, BorderSide entry) {

        /** What is wrong with the border's settings, in sentences; empty when both sides are known. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (BorderSide side : List.of(exit, entry)) {
                if (!side.known()) {
                    problems.add("The border '" + name + "' names '" + side.code() + "' for its "
                            + (side == exit ? "exit" : "entry") + " side, which is neither a location code nor a"
                            + " country code in the directory: correct corridor.regional.borders in the settings, or"
                            + " add the location to the directory.");
                }
            }
            return problems;
        }
    }

    /** A source chosen for one side: {@code own}, or an organisation's id, with its name. */
    record SourceChoice(String value, String name) {
    }

    /** A border compared for a reader over a period. */
    record Reconciliation(Border border, RegionalPeriod period, SourceChoice exitSource, SourceChoice entrySource,
            boolean sourceOnBothSides, BorderComparison comparison, List<String> exitNotSharedBy,
            List<String> entryNotSharedBy, double divergenceShare, long minimumCount) {
    }

    /**
     * A request the reconciliation cannot answer: {@code field} is the parameter at fault, {@code code} and
     * {@code arguments} its message in the regional-borders bundle (the page shows it beside the field, the API as
     * the problem's detail).
     */
    static class Rejected extends RuntimeException {
        enum Kind {
            BAD_PARAMETER, NO_SUCH_BORDER, MISCONFIGURED
        }

        final Kind kind;
        final String field;
        final String code;
        final Object[] arguments;

        Rejected(Kind kind, String field, String code, Object... arguments) {
            super(code);
            this.kind = kind;
            this.field = field;
            this.code = code;
            this.arguments = arguments;
        }
    }

    private final BorderReconciliationSettings settings;
    private final Directory directory;
    private final FlowFigures flows;

    BorderReconciliations(BorderReconciliationSettings settings, Directory directory, FlowFigures flows) {
        this.settings = settings;
        this.directory = directory;
        this.flows = flows;
    }

    double divergenceShare() {
        return settings.reconciliation().divergenceShare();
    }

    long minimumCount() {
        return settings.reconciliation().minimumCount();
    }

    /** The configured borders, in their order, with their sides looked up. */
    List<Border> borders() {
        return settings.borders().stream().map(this::resolve).toList();
    }

    Optional<Border> border(String name) {
        return settings.borders().stream().filter(b -> b.name().equals(name)).findFirst().map(this::resolve);
    }

    /** Says in the log at start which configured codes the directory does not hold (the page says it too). */
    @EventListener(ApplicationReadyEvent.class)
    void reportUnknownCodes() {
        borders().forEach(border -> border.problems().forEach(log::warn));
    }

    /**
     * The border compared for the user over the period, in the chosen sources (null or blank: a source that counted
     * on both sides, the own observation first).
     */
    Reconciliation reconcile(CorridorUser user, Border border, RegionalPeriod period, @Nullable String exitSource,
            @Nullable String entrySource) {
        RegionalReaders.require(user);
        if (!border.problems().isEmpty()) {
            throw new Rejected(Rejected.Kind.MISCONFIGURED, "border", "borders.error.misconfigured",
                    String.join(" ", border.problems()));
        }
        Map<UUID, OrganisationSummary> organisations = new HashMap<>();
        directory.organisations().forEach(o -> organisations.put(o.id(), o));
        FlowFigures.Source chosenExit = parseSource(exitSource, "exitSource", organisations);
        FlowFigures.Source chosenEntry = parseSource(entrySource, "entrySource", organisations);

        LocalDate[] window = BorderComparison.window(period.from(), period.to());
        List<FlowFigures.Source> exitSources = flows.sourcesWithFigures(user, border.exit().place(),
                border.exit().direction(), window[0], window[1]);
        List<FlowFigures.Source> entrySources = flows.sourcesWithFigures(user, border.entry().place(),
                border.entry().direction(), window[0], window[1]);
        Optional<FlowFigures.Source> common = exitSources.stream().filter(entrySources::contains).findFirst();
        FlowFigures.Source exit = chosenExit != null ? chosenExit
                : common.orElse(exitSources.isEmpty() ? FlowFigures.Source.OWN_OBSERVATION : exitSources.get(0));
        FlowFigures.Source entry = chosenEntry != null ? chosenEntry
                : common.orElse(entrySources.isEmpty() ? FlowFigures.Source.OWN_OBSERVATION : entrySources.get(0));

        FlowFigures.PlaceFigures exits = flows.placeFigures(user, border.exit().place(), border.exit().direction(),
                exit, window[0], window[1]);
        FlowFigures.PlaceFigures entries = flows.placeFigures(user, border.entry().place(),
                border.entry().direction(), entry, window[0], window[1]);
        BorderComparison comparison = BorderComparison.of(side(exits), side(entries), period.from(), period.to(),
                divergenceShare(), minimumCount());
        Map<UUID, String> operations = new HashMap<>();
        directory.operations().forEach(o -> operations.put(o.id(), o.name()));
        return new Reconciliation(border, period, choice(exit, organisations), choice(entry, organisations),
                exitSources.contains(exit) && entrySources.contains(exit) && exit.equals(entry),
                comparison, names(exits.notSharedBy(), operations), names(entries.notSharedBy(), operations),
                divergenceShare(), minimumCount());
    }

    /** The sources the reader may choose from: the own observation, then every organisation by its short name. */
    List<SourceChoice> sources() {
        List<SourceChoice> sources = new ArrayList<>();
        sources.add(new SourceChoice(OWN, null));
        directory.organisations().stream()
                .sorted(java.util.Comparator.comparing(OrganisationSummary::shortName, String.CASE_INSENSITIVE_ORDER))
                .forEach(o -> sources.add(new SourceChoice(o.id().toString(), o.shortName())));
        return sources;
    }

    private static BorderComparison.Side side(FlowFigures.PlaceFigures figures) {
        Map<LocalDate, Long> daily = new HashMap<>();
        figures.series().days().forEach(day -> {
            if (day.total() != null) {
                daily.put(day.date(), day.total());
            }
        });
        Map<LocalDate, Long> weekly = new HashMap<>();
        figures.series().periods().stream().filter(p -> p.kind() == PeriodKind.WEEK)
                .forEach(p -> weekly.put(p.start(), p.total()));
        return new BorderComparison.Side(daily, weekly, figures.daysNotShared(), figures.weeksNotShared());
    }

    private static List<String> names(Set<UUID> operations, Map<UUID, String> names) {
        return operations.stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList();
    }

    private static SourceChoice choice(FlowFigures.Source source, Map<UUID, OrganisationSummary> organisations) {
        if (source.own()) {
            return new SourceChoice(OWN, null);
        }
        OrganisationSummary organisation = organisations.get(source.organisationId());
        return new SourceChoice(source.organisationId().toString(),
                organisation == null ? source.organisationId().toString() : organisation.shortName());
    }

    private static FlowFigures.Source parseSource(@Nullable String value, String field,
            Map<UUID, OrganisationSummary> organisations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (OWN.equalsIgnoreCase(value.strip())) {
            return FlowFigures.Source.OWN_OBSERVATION;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (organisations.containsKey(id)) {
                return new FlowFigures.Source(id);
            }
        } catch (IllegalArgumentException e) {
            // not an id: said below
        }
        throw new Rejected(Rejected.Kind.BAD_PARAMETER, field, "borders.error.source", field, shorten(value));
    }

    static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private Border resolve(BorderReconciliationSettings.Border border) {
        return new Border(border.name(), border.title(), resolve(border.exit()), resolve(border.entry()));
    }

    private BorderSide resolve(BorderReconciliationSettings.Side side) {
        String code = side.code();
        Optional<LocationSummary> location = directory.locationByCode(code.toUpperCase(java.util.Locale.ROOT));
        if (location.isPresent()) {
            UUID country = directory.countryByIso2(location.get().countryIso2()).map(CountrySummary::id).orElse(null);
            return new BorderSide(code, side.direction(), "LOCATION", location.get().name(), country,
                    location.get().id());
        }
        if (code.length() == 2) {
            Optional<CountrySummary> country = directory.countryByIso2(code.toUpperCase(java.util.Locale.ROOT));
            if (country.isPresent()) {
                return new BorderSide(code, side.direction(), "COUNTRY", country.get().name(), country.get().id(), null);
            }
        }
        return new BorderSide(code, side.direction(), null, null, null, null);
    }

    /**
     * The period asked for: each day left out is the default period's; a day that is not a date, or a period the
     * pages do not answer for ({@link RegionalPeriod#isAcceptable}), is rejected naming the parameter.
     */
    static RegionalPeriod period(@Nullable String from, @Nullable String to, java.util.function.Supplier<RegionalPeriod> defaults) {
        try {
            return RegionalPeriod.read(from, to, defaults);
        } catch (RegionalPeriod.Refused refused) {
            if (refused.reason == RegionalPeriod.Refused.Reason.NOT_A_DATE) {
                throw new Rejected(Rejected.Kind.BAD_PARAMETER, refused.field, "borders.error.date", refused.field,
                        shorten(refused.typed));
            }
            throw new Rejected(Rejected.Kind.BAD_PARAMETER, refused.field, "borders.error.period",
                    org.corridor.kernel.PlausibleDates.EARLIEST.toString(),
                    org.corridor.kernel.PlausibleDates.latest().toString());
        }
    }
}
