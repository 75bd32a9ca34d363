package org.corridor.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CountryRepository {

    private final JdbcClient jdbc;

    CountryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Country> all() {
        return jdbc.sql("select * from country order by name").query(Country.class).list();
    }

    Optional<Country> find(UUID id) {
        return jdbc.sql("select * from country where id = :id").param("id", id).query(Country.class).optional();
    }

    Optional<Country> findByIso2(String iso2) {
        return jdbc.sql("select * from country where iso2 = upper(:iso2)").param("iso2", iso2)
                .query(Country.class).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from country where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** Whether another country than {@code except} (null for a new one) has this code in {@code column}. */
    boolean codeTaken(String column, String code, UUID except) {
        String sql = switch (column) {
            case "iso2" -> "select exists (select 1 from country where iso2 = :code and id is distinct from :except)";
            case "iso3" -> "select exists (select 1 from country where iso3 = :code and id is distinct from :except)";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql(sql).param("code", code).param("except", except, java.sql.Types.OTHER).query(Boolean.class)
                .single();
    }

    void insert(Country country) {
        jdbc.sql("""
                insert into country (id, iso2, iso3, name, on_route, version)
                values (:id, :iso2, :iso3, :name, :onRoute, 0)""")
                .paramSource(country).update();
    }

    /** False when the row is not at the country's version any more: someone else saved first. */
    boolean update(Country country) {
        return jdbc.sql("""
                update country set iso2 = :iso2, iso3 = :iso3, name = :name, on_route = :onRoute,
                       version = version + 1
                where id = :id and version = :version""")
                .paramSource(country).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from country").query(Long.class).single();
    }
}
