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
class LocationRepository {

    /**
     * Columns named as the summary's fields: the record mapper looks each field up by its own name first and by the
     * underscored name only after a failed look-up, which costs the driver an exception a field and row (most of the
     * mapping of a list).
     */
    private static final String SUMMARY = """
            select l.id, l.code, l.name, l.kind, c.iso2 as "countryIso2", c.name as "countryName",
                   l.latitude, l.longitude, l.description
            from location l join country c on c.id = l.country_id""";

    private final JdbcClient jdbc;

    LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Location> find(UUID id) {
        return jdbc.sql("select * from location where id = :id").param("id", id).query(Location.class).optional();
    }

    Optional<LocationSummary> summary(UUID id) {
        return jdbc.sql(SUMMARY + " where l.id = :id").param("id", id).query(LocationSummary.class).optional();
    }

    Optional<LocationSummary> summaryByCode(String code) {
        return jdbc.sql(SUMMARY + " where l.code = upper(:code)").param("code", code)
                .query(LocationSummary.class).optional();
    }

    List<LocationSummary> summaries() {
        return jdbc.sql(SUMMARY + " order by l.name, l.code").query(LocationSummary.class).list();
    }

    /** Name or code containing the text (ignoring case and diacritics), of a kind, in a country. */
    Page<LocationSummary> search(LocationFilter filter, PageRequest page) {
        Conditions where = Conditions.none()
                .and("directory_fold(l.name) like directory_fold(:pattern)"
                        + " or directory_fold(l.code) like directory_fold(:pattern)",
                        "pattern", SearchText.containsPattern(filter.q()))
                .and("l.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .and("c.iso2 = :country", "country", filter.countryIso2());
        long total = jdbc.sql("select count(*) from location l join country c on c.id = l.country_id where " + where)
                .params(where.params()).query(Long.class).single();
        List<LocationSummary> items = jdbc.sql(SUMMARY + " where " + where
                        + " order by l.name, l.code limit :limit offset :offset")
                .params(where.params()).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(LocationSummary.class).list();
        return new PageImpl<>(items, page, total);
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select exists (select 1 from location where code = :code and id is distinct from :except)")
                .param("code", code).param("except", except).query(Boolean.class).single();
    }

    void insert(Location location) {
        jdbc.sql("""
                insert into location (id, code, name, kind, country_id, latitude, longitude, description, version)
                values (:id, :code, :name, :kind, :countryId, :latitude, :longitude, :description, 0)""")
                .params(params(location)).update();
    }

    /** False when the row is not at the location's version any more: someone else saved first. */
    boolean update(Location location) {
        return jdbc.sql("""
                update location set code = :code, name = :name, kind = :kind, country_id = :countryId,
                       latitude = :latitude, longitude = :longitude, description = :description,
                       version = version + 1
                where id = :id and version = :version""")
                .params(params(location)).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from location").query(Long.class).single();
    }

    long countIn(UUID countryId) {
        return jdbc.sql("select count(*) from location where country_id = :country").param("country", countryId)
                .query(Long.class).single();
    }

    private static Map<String, Object> params(Location location) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", location.id());
        params.put("code", location.code());
        params.put("name", location.name());
        params.put("kind", location.kind().name());
        params.put("countryId", location.countryId());
        params.put("latitude", location.latitude());
        params.put("longitude", location.longitude());
        params.put("description", location.description());
        params.put("version", location.version());
        return params;
    }

    /** A search of the locations; null parts do not filter. */
    record LocationFilter(String q, LocationKind kind, String countryIso2) {
    }
}
