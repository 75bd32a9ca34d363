package org.corridor.directory;

import java.util.NoSuchElementException;
import java.util.Objects;
import org.corridor.kernel.Actor;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.StaleRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes reference data. Each change checks what the database's constraints would only
 * reject with an error nobody can read (a code in use, a country that does not exist), refuses to
 * overwrite a newer version ({@link StaleRecord}), and is audited, naming its actor, in its own transaction. Who may do it is the caller's
 * check ({@link DirectoryPolicy}).
 */
@Service
class DirectoryMaintenance {

    static final String COUNTRY = "country";
    static final String OPERATION = "field_operation";
    static final String OFFICE = "office";
    static final String LOCATION = "location";
    static final String ORGANISATION = "partner_organisation";

    private final CountryRepository countries;
    private final FieldOperationRepository operations;
    private final OfficeRepository offices;
    private final LocationRepository locations;
    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;

    DirectoryMaintenance(CountryRepository countries, FieldOperationRepository operations, OfficeRepository offices,
            LocationRepository locations, OrganisationRepository organisations, ApplicationEventPublisher events) {
        this.countries = countries;
        this.operations = operations;
        this.offices = offices;
        this.locations = locations;
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional
    Country create(Actor actor, Country country) {
        checkCountry(country);
        countries.insert(country);
        Country saved = countries.find(country.id()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, COUNTRY, saved.id(), null, saved));
        return saved;
    }

    @Transactional
    Country update(Actor actor, Country changed) {
        Country before = countries.find(changed.id()).orElseThrow(() -> notFound(COUNTRY, changed.id()));
        if (before.version() != changed.version()) {
            throw new StaleRecord(before.version());
        }
        if (before.equals(changed)) {
            return before;
        }
        checkCountry(changed);
        if (!countries.update(changed)) {
            throw new StaleRecord(countries.find(changed.id()).orElseThrow().version());
        }
        Country after = countries.find(changed.id()).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, COUNTRY, after.id(), null, before, after));
        return after;
    }

    @Transactional
    FieldOperation create(Actor actor, FieldOperation operation) {
        checkOperation(operation);
        operations.insert(operation);
        FieldOperation saved = operations.find(operation.id()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, OPERATION, saved.id(), saved.id(), saved));
        return saved;
    }

    @Transactional
    FieldOperation update(Actor actor, FieldOperation changed) {
        FieldOperation before = operations.find(changed.id()).orElseThrow(() -> notFound(OPERATION, changed.id()));
        if (before.version() != changed.version()) {
            throw new StaleRecord(before.version());
        }
        if (before.equals(changed)) {
            return before;
        }
        checkOperation(changed);
        if (!operations.update(changed)) {
            throw new StaleRecord(operations.find(changed.id()).orElseThrow().version());
        }
        FieldOperation after = operations.find(changed.id()).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, OPERATION, after.id(), after.id(), before, after));
        return after;
    }

    /** A new head office makes the operation's former head office a field office (audited too). */
    @Transactional
    Office create(Actor actor, Office office) {
        if (operations.find(office.operationId()).isEmpty()) {
            throw notFound(OPERATION, office.operationId());
        }
        checkOffice(office);
        offices.insert(office);
        demoteOtherHeadOffices(actor, office);
        Office saved = offices.find(office.id()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, OFFICE, saved.id(), saved.operationId(), saved));
        return saved;
    }

    @Transactional
    Office update(Actor actor, Office changed) {
        Office before = offices.find(changed.id()).orElseThrow(() -> notFound(OFFICE, changed.id()));
        if (before.version() != changed.version()) {
            throw new StaleRecord(before.version());
        }
        if (before.equals(changed)) {
            return before;
        }
        checkOffice(changed);
        if (!offices.update(changed)) {
            throw new StaleRecord(offices.find(changed.id()).orElseThrow().version());
        }
        demoteOtherHeadOffices(actor, changed);
        Office after = offices.find(changed.id()).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, OFFICE, after.id(), after.operationId(), before, after));
        return after;
    }

    @Transactional
    Location create(Actor actor, Location location) {
        checkLocation(location);
        locations.insert(location);
        Location saved = locations.find(location.id()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, LOCATION, saved.id(), null, saved));
        return saved;
    }

    @Transactional
    Location update(Actor actor, Location changed) {
        Location before = locations.find(changed.id()).orElseThrow(() -> notFound(LOCATION, changed.id()));
        if (before.version() != changed.version()) {
            throw new StaleRecord(before.version());
        }
        if (before.equals(changed)) {
            return before;
        }
        checkLocation(changed);
        if (!locations.update(changed)) {
            throw new StaleRecord(locations.find(changed.id()).orElseThrow().version());
        }
        Location after = locations.find(changed.id()).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, LOCATION, after.id(), null, before, after));
        return after;
    }

    @Transactional
    PartnerOrganisation create(Actor actor, PartnerOrganisation organisation) {
        checkOrganisation(organisation);
        organisations.insert(organisation);
        PartnerOrganisation saved = organisations.find(organisation.id()).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, ORGANISATION, saved.id(), null, saved));
        return saved;
    }

    @Transactional
    PartnerOrganisation update(Actor actor, PartnerOrganisation changed) {
        PartnerOrganisation before = organisations.find(changed.id())
                .orElseThrow(() -> notFound(ORGANISATION, changed.id()));
        if (before.version() != changed.version()) {
            throw new StaleRecord(before.version());
        }
        if (before.equals(changed)) {
            return before;
        }
        checkOrganisation(changed);
        if (!organisations.update(changed)) {
            throw new StaleRecord(organisations.find(changed.id()).orElseThrow().version());
        }
        PartnerOrganisation after = organisations.find(changed.id()).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, ORGANISATION, after.id(), null, before, after));
        return after;
    }

    private void checkCountry(Country country) {
        if (countries.codeTaken("iso2", country.iso2(), country.id())) {
            throw new RejectedChange("iso2", "directory.country.iso2.taken");
        }
        if (countries.codeTaken("iso3", country.iso3(), country.id())) {
            throw new RejectedChange("iso3", "directory.country.iso3.taken");
        }
    }

    private void checkOperation(FieldOperation operation) {
        if (operations.codeTaken(operation.code(), operation.id())) {
            throw new RejectedChange("code", "directory.operation.code.taken");
        }
        if (operations.nameTaken(operation.name(), operation.id())) {
            throw new RejectedChange("name", "directory.operation.name.taken");
        }
        if (!countries.exists(operation.hostCountryId())) {
            throw new RejectedChange("hostCountryId", "directory.country.unknown");
        }
    }

    private void checkOffice(Office office) {
        if (offices.nameTaken(office.operationId(), office.name(), office.id())) {
            throw new RejectedChange("name", "directory.office.name.taken");
        }
    }

    private void checkLocation(Location location) {
        if (locations.codeTaken(location.code(), location.id())) {
            throw new RejectedChange("code", "directory.location.code.taken");
        }
        if (!countries.exists(location.countryId())) {
            throw new RejectedChange("countryId", "directory.country.unknown");
        }
    }

    private void checkOrganisation(PartnerOrganisation organisation) {
        if (organisations.nameTaken(organisation.name(), organisation.id())) {
            throw new RejectedChange("name", "directory.organisation.name.taken");
        }
        if (organisation.countryId() != null && !countries.exists(organisation.countryId())) {
            throw new RejectedChange("countryId", "directory.country.unknown");
        }
    }

    /** An operation has one head office: the one just saved as such. */
    private void demoteOtherHeadOffices(Actor actor, Office saved) {
        if (!saved.headOffice()) {
            return;
        }
        for (Office other : offices.headOfficesOf(saved.operationId())) {
            if (Objects.equals(other.id(), saved.id())) {
                continue;
            }
            Office demoted = other.asFieldOffice();
            offices.update(demoted);
            events.publishEvent(AuditableChange.updated(actor, OFFICE, other.id(), other.operationId(), other,
                    offices.find(other.id()).orElseThrow()));
        }
    }

    private static NoSuchElementException notFound(String recordType, java.util.UUID id) {
        return new NoSuchElementException("No " + recordType + " with id " + id);
    }
}
