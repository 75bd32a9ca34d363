package org.corridor.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OfficeRepository {

    private final JdbcClient jdbc;

    OfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Office> find(UUID id) {
        return jdbc.sql("select * from office where id = :id").param("id", id).query(Office.class).optional();
    }

    /** The head office first, then the field offices by name. */
    List<Office> ofOperation(UUID operationId) {
        return jdbc.sql("select * from office where operation_id = :operation order by head_office desc, name")
                .param("operation", operationId).query(Office.class).list();
    }

    List<Office> headOfficesOf(UUID operationId) {
        return jdbc.sql("select * from office where operation_id = :operation and head_office order by name")
                .param("operation", operationId).query(Office.class).list();
    }

    boolean nameTaken(UUID operationId, String name, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from office where operation_id = :operation
                               and lower(name) = lower(:name) and id is distinct from :except)""")
                .param("operation", operationId).param("name", name).param("except", except)
                .query(Boolean.class).single();
    }

    void insert(Office office) {
        jdbc.sql("""
                insert into office (id, operation_id, name, city, head_office, latitude, longitude, version)
                values (:id, :operationId, :name, :city, :headOffice, :latitude, :longitude, 0)""")
                .paramSource(office).update();
    }

    /** False when the row is not at the office's version any more: someone else saved first. */
    boolean update(Office office) {
        return jdbc.sql("""
                update office set name = :name, city = :city, head_office = :headOffice, latitude = :latitude,
                       longitude = :longitude, version = version + 1
                where id = :id and version = :version""")
                .paramSource(office).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from office").query(Long.class).single();
    }
}
