package org.corridor.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.Conditions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    /** Columns named as the summary's fields (see LocationRepository's SUMMARY: a look-up that fails costs). */
    private static final String SUMMARY = """
            select o.id, o.name, o.acronym, o.kind, c.iso2 as "countryIso2", c.name as "countryName", o.website
            from partner_organisation o left join country c on c.id = o.country_id""";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PartnerOrganisation> find(UUID id) {
        return jdbc.sql("select * from partner_organisation where id = :id").param("id", id)
                .query(PartnerOrganisation.class).optional();
    }

    Optional<OrganisationSummary> summary(UUID id) {
        return jdbc.sql(SUMMARY + " where o.id = :id").param("id", id).query(OrganisationSummary.class).optional();
    }

    List<OrganisationSummary> summaries() {
        return jdbc.sql(SUMMARY + " order by o.name").query(OrganisationSummary.class).list();
    }

    List<OrganisationSummary> basedIn(UUID countryId) {
        return jdbc.sql(SUMMARY + " where o.country_id = :country order by o.name").param("country", countryId)
                .query(OrganisationSummary.class).list();
    }

    /** Name or acronym containing the text (ignoring case and diacritics), of a kind. */
    Page<OrganisationSummary> search(OrganisationFilter filter, PageRequest page) {
        Conditions where = Conditions.none()
                .and("directory_fold(o.name) like directory_fold(:pattern)"
                        + " or directory_fold(o.acronym) like directory_fold(:pattern)",
                        "pattern", SearchText.containsPattern(filter.q()))
                .and("o.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name());
        long total = jdbc.sql("select count(*) from partner_organisation o where " + where).params(where.params())
                .query(Long.class).single();
        List<OrganisationSummary> items = jdbc.sql(SUMMARY + " where " + where
                        + " order by o.name limit :limit offset :offset")
                .params(where.params()).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(OrganisationSummary.class).list();
        return new PageImpl<>(items, page, total);
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from partner_organisation
                               where lower(name) = lower(:name) and id is distinct from :except)""")
                .param("name", name).param("except", except).query(Boolean.class).single();
    }

    void insert(PartnerOrganisation organisation) {
        jdbc.sql("""
                insert into partner_organisation (id, name, acronym, kind, country_id, website, version)
                values (:id, :name, :acronym, :kind, :countryId, :website, 0)""")
                .params(params(organisation)).update();
    }

    /** False when the row is not at the organisation's version any more: someone else saved first. */
    boolean update(PartnerOrganisation organisation) {
        return jdbc.sql("""
                update partner_organisation set name = :name, acronym = :acronym, kind = :kind,
                       country_id = :countryId, website = :website, version = version + 1
                where id = :id and version = :version""")
                .params(params(organisation)).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from partner_organisation").query(Long.class).single();
    }

    private static Map<String, Object> params(PartnerOrganisation organisation) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", organisation.id());
        params.put("name", organisation.name());
        params.put("acronym", organisation.acronym());
        params.put("kind", organisation.kind().name());
        params.put("countryId", organisation.countryId());
        params.put("website", organisation.website());
        params.put("version", organisation.version());
        return params;
    }

    /** A search of the organisations; null parts do not filter. */
    record OrganisationFilter(String q, OrganisationKind kind) {
    }
}
