package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The SQL form of the read rule answers exactly as its Java form, for records and for figures. */
@CorridorTest
@Transactional
class ReadScopeSqlTests {

    @Autowired
    JdbcClient jdbc;

    record Row(UUID operationId, DistributionLevel level) {
    }

    static final UUID SKOPJE = ReadRuleTests.SKOPJE;
    static final UUID SERBIA = ReadRuleTests.SERBIA;
    static final UUID ALBANIA = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void sqlConditionsSelectExactlyWhatTheJavaRuleReads() {
        jdbc.sql("create temporary table shared_row (operation_id uuid, distribution_level text) on commit drop").update();
        List<Row> rows = new java.util.ArrayList<>();
        for (UUID operation : List.of(SKOPJE, SERBIA, ALBANIA)) {
            for (DistributionLevel level : DistributionLevel.values()) {
                rows.add(new Row(operation, level));
                jdbc.sql("insert into shared_row values (:o, :l)").param("o", operation).param("l", level.name()).update();
            }
        }
        // Skopje keeps its figures in the operation, Serbia publishes them, Albania has not chosen (OSCE).
        Map<UUID, DistributionLevel> figuresLevels = Map.of(SKOPJE, DistributionLevel.OPERATION, SERBIA,
                DistributionLevel.PUBLIC);
        for (Role role : Role.values()) {
            for (boolean member : List.of(true, false)) {
                if (!role.operationScoped() && member) {
                    continue;
                }
                CorridorUser user = ReadRuleTests.user(role, member);
                ReadScope scope = new ReadScope(user, figuresLevels);

                Set<Row> bySql = new HashSet<>(jdbc.sql("select * from shared_row t where " + scope.records("t"))
                        .params(scope.params()).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                                DistributionLevel.valueOf(rs.getString(2)))).list());
                Set<Row> byJava = new HashSet<>(rows.stream().filter(r -> scope.mayRead(r.operationId(), r.level())).toList());
                assertThat(bySql).as("records for %s, member %s", role, member).isEqualTo(byJava);

                Set<UUID> figuresBySql = new HashSet<>(jdbc.sql("select distinct operation_id from shared_row t where "
                        + scope.figures("t")).params(scope.params()).query(UUID.class).list());
                Set<UUID> figuresByJava = new HashSet<>(List.of(SKOPJE, SERBIA, ALBANIA).stream()
                        .filter(scope::mayReadFigures).toList());
                assertThat(figuresBySql).as("figures for %s, member %s", role, member).isEqualTo(figuresByJava);

                Set<Row> ofAnyBySql = new HashSet<>(jdbc.sql("select * from shared_row t where "
                        + scope.recordsOfAny("array[t.operation_id, cast(:albania as uuid)]", "t.distribution_level"))
                        .params(scope.params()).param("albania", ALBANIA).query((rs, n) -> new Row(rs.getObject(1, UUID.class),
                                DistributionLevel.valueOf(rs.getString(2)))).list());
                Set<Row> ofAnyByJava = new HashSet<>(rows.stream()
                        .filter(r -> scope.mayRead(List.of(r.operationId(), ALBANIA), r.level())).toList());
                assertThat(ofAnyBySql).as("shared records for %s, member %s", role, member).isEqualTo(ofAnyByJava);
            }
        }
    }
}
