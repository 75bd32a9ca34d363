package org.corridor.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The directory's API for other modules: look up field operations, places and organisations. */
@Service
public class Directory {

    private static final String OPERATION_SELECT = """
            select o.id, o.code, o.name, c.iso2 as host_country_iso2, o.head_office_city
            from field_operation o join country c on c.id = o.host_country_id""";

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OperationSummary> operations() {
        return jdbc.sql(OPERATION_SELECT + " order by o.name").query(OperationSummary.class).list();
    }

    public Optional<OperationSummary> operation(UUID id) {
        return jdbc.sql(OPERATION_SELECT + " where o.id = :id").param("id", id).query(OperationSummary.class)
                .optional();
    }

    public Optional<OperationSummary> operationByCode(String code) {
        return jdbc.sql(OPERATION_SELECT + " where o.code = :code").param("code", code).query(OperationSummary.class)
                .optional();
    }
}
