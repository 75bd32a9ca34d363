package org.corridor.directory;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The directory's API for other modules: look up field operations, places and organisations. */
@Service
public class Directory {

    private final FieldOperationRepository operations;
    private final OfficeRepository offices;
    private final CountryRepository countries;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;

    Directory(FieldOperationRepository operations, OfficeRepository offices, CountryRepository countries,
            LocationRepository locations, OrganisationRepository organisations, JdbcClient jdbc) {
        this.operations = operations;
        this.offices = offices;
        this.countries = countries;
        this.locations = locations;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    public List<OperationSummary> operations() {
        return operations.summaries();
    }

    /** The field operations for which {@code may} holds (those a user may record for, say), in the usual order. */
    public List<OperationSummary> operations(Predicate<UUID> may) {
        return operations().stream().filter(o -> may.test(o.id())).toList();
    }

    /**
     * {@code operations}, or a 403 saying {@code refusal} when there are none: a form for a new record needs an
     * operation to record it for.
     */
    public static List<OperationSummary> atLeastOne(List<OperationSummary> operations, String refusal) {
        if (operations.isEmpty()) {
            throw new AccessDeniedException(refusal);
        }
        return operations;
    }

    public Optional<OperationSummary> operation(UUID id) {
        return operations.summary(id);
    }

    public Optional<OperationSummary> operationByCode(String code) {
        return operations.summaryByCode(code);
    }

    /** The operations hosted by a country: those a change on the route there concerns first. */
    public List<OperationSummary> operationsHostedIn(UUID countryId) {
        return operations.hostedIn(countryId);
    }

    /** The head office first, then the field offices. */
    public List<OfficeSummary> offices(UUID operationId) {
        return offices.ofOperation(operationId).stream().map(Office::summary).toList();
    }

    public List<CountrySummary> countries() {
        return countries.all().stream().map(Country::summary).toList();
    }

    /** The countries' representative points, by country; a country without one is left out. */
    public java.util.Map<UUID, CountryPoint> countryPoints() {
        return jdbc.sql("select id, point_latitude, point_longitude, point_is from country where point_is is not null")
                .query((rs, n) -> new CountryPoint(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getDouble(3),
                        rs.getString(4)))
                .list().stream().collect(java.util.stream.Collectors.toMap(CountryPoint::countryId, p -> p));
    }

    public Optional<CountrySummary> country(UUID id) {
        return countries.find(id).map(Country::summary);
    }

    public Optional<CountrySummary> countryByIso2(String iso2) {
        return iso2 == null ? Optional.empty() : countries.findByIso2(iso2.strip()).map(Country::summary);
    }

    public Optional<LocationSummary> location(UUID id) {
        return locations.summary(id);
    }

    /** By the location's code, e.g. {@code MK-GEVGELIJA}; case does not matter. */
    public Optional<LocationSummary> locationByCode(String code) {
        return code == null ? Optional.empty() : locations.summaryByCode(code.strip());
    }

    /** All locations by name: reference data, a few hundred rows at most. */
    public List<LocationSummary> locations() {
        return locations.summaries();
    }

    /** The places a record form of {@code operationId} (null: none chosen yet) offers, its own first. */
    public PlaceChoices placeChoices(UUID operationId) {
        String hostCountry = operationId == null ? null
                : operation(operationId).map(OperationSummary::hostCountryIso2).orElse(null);
        Map<Boolean, List<LocationSummary>> own = locations().stream()
                .collect(Collectors.partitioningBy(l -> hostCountry != null && hostCountry.equals(l.countryIso2())));
        return new PlaceChoices(own.get(true), own.get(false));
    }

    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.summary(id);
    }

    /** All partner organisations by name. */
    public List<OrganisationSummary> organisations() {
        return organisations.summaries();
    }

    /** The directory's records another module's records refer to, for {@link #keepUntilCommit}. */
    public enum Referenced {
        OPERATIONS("field_operation"), COUNTRIES("country"), LOCATIONS("location"), ORGANISATIONS("partner_organisation");

        private final String table;

        Referenced(String table) {
            this.table = table;
        }
    }

    /**
     * Locks the given records until the caller's transaction ends so that none of them can be deleted meanwhile, as
     * PostgreSQL's own check of a foreign key would ({@code FOR KEY SHARE}: they may still be edited); returns how
     * many of them exist, and are now locked. For a module that checks its references once for many rows.
     */
    public long keepUntilCommit(Referenced kind, Collection<UUID> ids) {
        return jdbc.sql("select count(*) from (select id from " + kind.table + " where id = any(:ids) for key share) l")
                .param("ids", ids.toArray(UUID[]::new)).query(Long.class).single();
    }
}
