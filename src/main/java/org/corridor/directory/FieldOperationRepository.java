package org.corridor.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FieldOperationRepository {

    /** Columns named as the summary's fields (see LocationRepository's SUMMARY: a look-up that fails costs). */
    private static final String SUMMARY = """
            select o.id, o.code, o.name, c.iso2 as "hostCountryIso2", o.head_office_city as "headOfficeCity"
            from field_operation o join country c on c.id = o.host_country_id""";

    private final JdbcClient jdbc;

    FieldOperationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OperationSummary> summaries() {
        return jdbc.sql(SUMMARY + " order by o.name").query(OperationSummary.class).list();
    }

    Optional<OperationSummary> summary(UUID id) {
        return jdbc.sql(SUMMARY + " where o.id = :id").param("id", id).query(OperationSummary.class).optional();
    }

    Optional<OperationSummary> summaryByCode(String code) {
        return jdbc.sql(SUMMARY + " where o.code = :code").param("code", code).query(OperationSummary.class)
                .optional();
    }

    List<OperationSummary> hostedIn(UUID countryId) {
        return jdbc.sql(SUMMARY + " where o.host_country_id = :country order by o.name").param("country", countryId)
                .query(OperationSummary.class).list();
    }

    Optional<FieldOperation> find(UUID id) {
        return jdbc.sql("select * from field_operation where id = :id").param("id", id)
                .query(FieldOperation.class).optional();
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select exists (select 1 from field_operation where code = :code and id is distinct from :except)")
                .param("code", code).param("except", except).query(Boolean.class).single();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from field_operation
                               where lower(name) = lower(:name) and id is distinct from :except)""")
                .param("name", name).param("except", except).query(Boolean.class).single();
    }

    void insert(FieldOperation operation) {
        jdbc.sql("""
                insert into field_operation (id, code, name, host_country_id, head_office_city, website, version)
                values (:id, :code, :name, :hostCountryId, :headOfficeCity, :website, 0)""")
                .paramSource(operation).update();
    }

    /** False when the row is not at the operation's version any more: someone else saved first. */
    boolean update(FieldOperation operation) {
        return jdbc.sql("""
                update field_operation set code = :code, name = :name, host_country_id = :hostCountryId,
                       head_office_city = :headOfficeCity, website = :website, version = version + 1
                where id = :id and version = :version""")
                .paramSource(operation).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from field_operation").query(Long.class).single();
    }
}
