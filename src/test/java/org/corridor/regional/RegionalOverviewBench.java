package org.corridor.regional;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.corridor.CorridorApplication;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.cli.DemoScenario;
import org.corridor.database.EmbeddedDatabase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The regional overview bench (not a test: {@code bench/regional-overview.sh} runs it). On a fresh embedded database in
 * a scratch home, with the demo and a generated three-year dataset (2,000,000 flow counts, 100,000 monitoring visits,
 * 20,000 activities, 10,000 meetings, and plans, assessments and deployments), it times {@link RegionalOverview#of}
 * for a 12-month period as the regional coordinator and as a head of operation, end to end through the service,
 * against the very statements the service ran (recorded once, then run again directly through JDBC with the same
 * parameters on one connection, every row and column read), alternating, and prints the medians and their ratios
 * (goal: under 300 ms, at most 1.2x its SQL).
 *
 * <p>The data is written with set-based SQL straight into the tables (bench only: nothing of this is a product path,
 * no audit entry, no event).
 */
public final class RegionalOverviewBench {

    static final int WARM_UP = 10;
    static final LocalDate FROM = LocalDate.of(2015, 7, 1);
    static final LocalDate TO = LocalDate.of(2016, 6, 30);

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "target/regional-bench-home");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long flowCounts = args.length > 2 ? Long.parseLong(args[2]) : 2_000_000;
        RecordingDataSource[] recording = new RecordingDataSource[1];
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CorridorApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("corridor.home=" + home.toAbsolutePath(), "logging.level.root=WARN",
                        "spring.main.banner-mode=off")
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        if (name.equals("dataSource") && bean instanceof DataSource source) {
                            recording[0] = new RecordingDataSource(source);
                            return recording[0];
                        }
                        return bean;
                    }
                }))
                .run()) {
            DataSource dataSource = recording[0];
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
            UserAccounts accounts = context.getBean(UserAccounts.class);
            // A home kept from an earlier run (bench/regional-overview.sh with KEEP=1) is timed as it is.
            boolean generated = accounts.findByUsername("coordinator").isPresent();
            if (!generated) {
                long start = System.nanoTime();
                context.getBean(DemoScenario.class).load();
                System.out.printf("Demo loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            CorridorUser coordinator = accounts.findByUsername("coordinator").orElseThrow();
            CorridorUser head = accounts.findByUsername("head").orElseThrow();
            if (!generated) {
                generate(dataSource, database, coordinator, flowCounts);
            } else {
                System.out.println("The data of an earlier run, kept:");
                counts(dataSource);
            }

            RegionalOverview overview = context.getBean(RegionalOverview.class);
            Map<String, CorridorUser> readers = new LinkedHashMap<>();
            readers.put("coordinator", coordinator);
            readers.put("head of operation (head, Skopje)", head);
            for (int i = 0; i < WARM_UP; i++) {
                readers.values().forEach(u -> overview.of(u, FROM, TO));
            }
            Map<String, List<RecordingDataSource.Recorded>> statements = new LinkedHashMap<>();
            for (Map.Entry<String, CorridorUser> reader : readers.entrySet()) {
                statements.put(reader.getKey(), recording[0].record(() -> overview.of(reader.getValue(), FROM, TO)));
            }
            try (Connection connection = dataSource.getConnection()) {
                for (int i = 0; i < WARM_UP; i++) {
                    for (List<RecordingDataSource.Recorded> s : statements.values()) {
                        replay(connection, s);
                    }
                }
                // Side by side: each round runs the service and its statements for each reader, the order turned
                // every round, so that a slow moment of the shared machine falls on both.
                Map<String, double[]> service = new LinkedHashMap<>();
                Map<String, double[]> sql = new LinkedHashMap<>();
                readers.keySet().forEach(k -> {
                    service.put(k, new double[rounds]);
                    sql.put(k, new double[rounds]);
                });
                for (int round = 0; round < rounds; round++) {
                    for (Map.Entry<String, CorridorUser> reader : readers.entrySet()) {
                        String key = reader.getKey();
                        if (round % 2 == 0) {
                            service.get(key)[round] = time(() -> overview.of(reader.getValue(), FROM, TO));
                            sql.get(key)[round] = time(() -> replay(connection, statements.get(key)));
                        } else {
                            sql.get(key)[round] = time(() -> replay(connection, statements.get(key)));
                            service.get(key)[round] = time(() -> overview.of(reader.getValue(), FROM, TO));
                        }
                    }
                }
                System.out.printf("%nRegionalOverview.of, %s to %s, medians of %d rounds (after %d warm-up runs), "
                        + "service and its own SQL alternated:%n", FROM, TO, rounds, WARM_UP);
                for (String key : readers.keySet()) {
                    double s = median(service.get(key));
                    double q = median(sql.get(key));
                    System.out.printf("  %-36s service %7.1f ms (slowest %7.1f), its %d statements run directly "
                            + "%7.1f ms: %.2fx (goal: under 300 ms, at most 1.2x)%n", key, s, max(service.get(key)),
                            statements.get(key).size(), q, s / q);
                }
                // Where the time goes: each statement alone.
                for (Map.Entry<String, List<RecordingDataSource.Recorded>> reader : statements.entrySet()) {
                    System.out.printf("%nStatements of the overview as %s, each alone (median of %d):%n",
                            reader.getKey(), rounds);
                    List<double[]> each = new ArrayList<>();
                    for (RecordingDataSource.Recorded statement : reader.getValue()) {
                        double[] times = new double[rounds];
                        long rows = 0;
                        for (int i = 0; i < rounds; i++) {
                            long t = System.nanoTime();
                            rows = statement.replay(connection);
                            times[i] = (System.nanoTime() - t) / 1e6;
                        }
                        each.add(new double[] {median(times), rows});
                    }
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < each.size(); i++) {
                        order.add(i);
                    }
                    order.sort((a, b) -> Double.compare(each.get(b)[0], each.get(a)[0]));
                    for (int i : order) {
                        String text = reader.getValue().get(i).sql().replaceAll("\\s+", " ");
                        System.out.printf("  %7.2f ms %6d rows  %s%n", each.get(i)[0], (long) each.get(i)[1],
                                text.length() > 150 ? text.substring(0, 150) + "…" : text);
                    }
                }
                indexAgainstNone(database, statements.values().iterator().next(), rounds);
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%nHeap max %d MB; %d cores; load average at the end: %s%n",
                    runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /**
     * The persons entering at each location (the overview's costliest statement) with the index of daily entries (V89)
     * and without it, alternated: the index dropped inside a transaction that is rolled back each round.
     */
    static void indexAgainstNone(EmbeddedDatabase database, List<RecordingDataSource.Recorded> statements, int rounds)
            throws Exception {
        RecordingDataSource.Recorded entries = statements.stream()
                .filter(r -> r.sql().contains("max(days) as days")).findFirst().orElse(null);
        if (entries == null) {
            return;
        }
        double[] with = new double[rounds];
        double[] without = new double[rounds];
        try (Connection owner = database.ownerConnection()) {
            owner.setAutoCommit(false);
            for (int i = 0; i < rounds + 3; i++) {
                double a = time(() -> entries.replay(owner));
                owner.commit();
                try (Statement drop = owner.createStatement()) {
                    drop.execute("drop index if exists flow_count_daily_entries");
                }
                double b = time(() -> entries.replay(owner));
                owner.rollback();
                if (i >= 3) {
                    with[i - 3] = a;
                    without[i - 3] = b;
                }
            }
        }
        System.out.printf("%nPersons entering at each location (coordinator), median of %d, alternated: with the index "
                + "of daily entries (V89) %.1f ms, without it %.1f ms%n", rounds, median(with), median(without));
    }

    static void replay(Connection connection, List<RecordingDataSource.Recorded> statements) throws SQLException {
        for (RecordingDataSource.Recorded statement : statements) {
            statement.replay(connection);
        }
    }

    /**
     * The three years' data, set-based, spread over the six operations (Serbia and Skopje three times as busy as each
     * other one) and the places of each one's host country; most records at OSCE level, a fifth at OPERATION level.
     * Flow counts: every day of 2014–2016 at each place of the host countries not counted by the demo, entries, exits
     * and presence, from the operation's own observation and as many sources as make up the number asked for.
     */
    static void generate(DataSource dataSource, EmbeddedDatabase database, CorridorUser creator, long flowCounts)
            throws SQLException {
        String by = "'" + creator.id() + "'::uuid";
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("select setseed(0.42)");
            sql.execute("""
                    create temporary table bench_slot as
                    select row_number() over (order by o.code, w) as slot, o.id as operation_id
                    from field_operation o, generate_series(1, case when o.code in ('serbia', 'skopje') then 3 else 1 end) w
                    """);
            sql.execute("""
                    create temporary table bench_place as
                    select l.id as location_id, l.country_id, o.id as operation_id,
                           row_number() over (partition by o.id order by l.code) as k,
                           count(*) over (partition by o.id) as places
                    from location l join field_operation o on o.host_country_id = l.country_id
                    where l.kind <> 'OFFICE'
                    """);
            String slots = "(select count(*) from bench_slot)";
            // A random operation by its slot, and a random place of its country.
            String pick = """
                    join bench_slot s on s.slot = 1 + floor(r.o * %s)::int
                    join bench_place p on p.operation_id = s.operation_id and p.k = 1 + floor(r.p * p.places)::int
                    """.formatted(slots);
            long visits = step(sql, "monitoring visits", """
                    insert into monitoring_visit (id, operation_id, location_id, unit, team_count, starts_at, ends_at,
                        purpose, status, concerns, distribution_level, created_by, created_at)
                    select gen_random_uuid(), p.operation_id, p.location_id,
                        (array['POLICE_DEVELOPMENT', 'MONITORING', 'HUMAN_RIGHTS'])[1 + floor(r.u * 3)::int], 2,
                        r.t, r.t + interval '3 hours', 'Bench visit',
                        case when r.s < 0.9 then 'COMPLETED' when r.s < 0.95 then 'PLANNED' else 'CANCELLED' end,
                        case when r.c < 0.3 then array['Overcrowding'] else '{}' end,
                        case when r.l < 0.8 then 'OSCE' else 'OPERATION' end, %s, now()
                    from (select g, random() as o, random() as p, random() as u, random() as s, random() as c,
                              random() as l, timestamptz '2014-01-01 06:00+01' + random() * interval '1095 days' as t
                          from generate_series(1, 100000) g) r
                    """.formatted(by) + pick);
            long activities = step(sql, "activities", """
                    insert into activity (id, operation_id, title, response_area, kind, status, starts_on, ends_on,
                        distribution_level, created_by, created_at)
                    select gen_random_uuid(), s.operation_id, 'Bench activity ' || r.g,
                        (array['MONITORING', 'REPORTING_AND_LIAISON', 'HUMAN_RIGHTS', 'AWARENESS_RAISING',
                               'LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY', 'POLICING_AND_MIGRATION_CRIME', 'RESEARCH'])
                            [1 + floor(r.u * 7)::int], 'NON_PROJECT',
                        case when r.s < 0.5 then 'COMPLETED' when r.s < 0.9 then 'ONGOING' when r.s < 0.95 then 'PLANNED'
                             else 'CANCELLED' end,
                        r.d, r.d + (30 + floor(r.e * 335))::int,
                        case when r.l < 0.8 then 'OSCE' else 'OPERATION' end, %s, now()
                    from (select g, random() as o, random() as u, random() as s, random() as e, random() as l,
                              date '2014-01-01' + floor(random() * 1096)::int as d
                          from generate_series(1, 20000) g) r
                    join bench_slot s on s.slot = 1 + floor(r.o * %s)::int
                    """.formatted(by, slots));
            long meetings = step(sql, "meetings", """
                    insert into meeting (id, operation_id, kind, title, starts_at, ends_at, distribution_level,
                        created_by, created_at)
                    select gen_random_uuid(), s.operation_id,
                        (array['COORDINATION', 'BRIEFING', 'BILATERAL', 'JOINT_VISIT', 'REGIONAL_LAW_ENFORCEMENT',
                               'CONFERENCE', 'WORKSHOP'])[1 + floor(r.u * 7)::int],
                        'Bench meeting ' || r.g, r.t, r.t + interval '2 hours',
                        case when r.l < 0.8 then 'OSCE' else 'OPERATION' end, %s, now()
                    from (select g, random() as o, random() as u, random() as l,
                              timestamptz '2014-01-01 09:00+01' + random() * interval '1095 days' as t
                          from generate_series(1, 10000) g) r
                    join bench_slot s on s.slot = 1 + floor(r.o * %s)::int
                    """.formatted(by, slots));
            step(sql, "meetings' operations (the owner; another operation in one meeting of six)", """
                    insert into meeting_operation (meeting_id, operation_id)
                    select m.id, m.operation_id from meeting m where m.title like 'Bench meeting %'
                    union all
                    select m.id, (select o.id from field_operation o where o.id <> m.operation_id
                                  order by md5(o.id::text || m.id::text) limit 1)
                    from meeting m where m.title like 'Bench meeting %' and random() < 1.0 / 6
                    """);
            step(sql, "meetings' organisations (one each)", """
                    insert into meeting_organisation (meeting_id, operation_id, organisation_id)
                    select m.id, m.operation_id, (select g.id from partner_organisation g
                                                  order by md5(g.id::text || m.id::text) limit 1)
                    from meeting m where m.title like 'Bench meeting %'
                    """);
            step(sql, "monitoring plans (four places an operation)", """
                    insert into monitoring_plan (id, operation_id, location_id, unit, target_per_week, valid_from,
                        created_by, distribution_level)
                    select gen_random_uuid(), p.operation_id, p.location_id, 'MONITORING', 2 + 2 * p.k::int,
                        date '2014-01-06', %s, 'OSCE'
                    from bench_place p where p.k <= 4
                    """.formatted(by));
            step(sql, "preparedness assessments", """
                    insert into preparedness_assessment (id, operation_id, authority, location_id, assessed_on, rating,
                        contingency_plan, source, distribution_level, created_by)
                    select gen_random_uuid(), p.operation_id, 'Bench authority', p.location_id,
                        date '2014-01-01' + floor(r.d * 1096)::int,
                        (array['UNPREPARED', 'PARTLY_PREPARED', 'PREPARED'])[1 + floor(r.u * 3)::int], 'UNKNOWN',
                        'FIRST_HAND', case when r.l < 0.8 then 'OSCE' else 'OPERATION' end, %s
                    from (select g, random() as o, random() as p, random() as d, random() as u, random() as l
                          from generate_series(1, 1000) g) r
                    """.formatted(by) + pick);
            step(sql, "temporary deployments", """
                    insert into temporary_deployment (id, operation_id, location_id, officers, from_date, to_date,
                        premises, purpose, created_by, distribution_level)
                    select gen_random_uuid(), p.operation_id, p.location_id, 2,
                        date '2014-01-01' + floor(r.d * 1096)::int, date '2014-01-01' + floor(r.d * 1096)::int + 30,
                        'CONTAINER', 'Bench deployment', %s, case when r.l < 0.8 then 'OSCE' else 'OPERATION' end
                    from (select g, random() as o, random() as p, random() as d, random() as l
                          from generate_series(1, 300) g) r
                    """.formatted(by) + pick);
            // Flow counts: the places the demo counts at are left out, so no natural key is met twice.
            // Places in countries without an operation (Greece, Hungary, Croatia, …) are counted by Serbia or Skopje.
            sql.execute("""
                    create temporary table bench_flow_place as
                    select l.location_id, l.country_id,
                           coalesce(o.id, (select f.id from field_operation f
                                           where f.code = case when l.n % 2 = 0 then 'serbia' else 'skopje' end))
                               as operation_id
                    from (select id as location_id, country_id, row_number() over (order by code) as n from location
                          where kind <> 'OFFICE') l
                    left join field_operation o on o.host_country_id = l.country_id
                    where not exists (select 1 from flow_count f where f.location_id = l.location_id)
                    """);
            sql.execute("""
                    create temporary table bench_source as
                    select 0 as n, null::uuid as organisation_id
                    union all
                    select row_number() over (order by g.name), g.id from partner_organisation g
                    """);
            long places;
            long sources;
            try (var rows = sql.executeQuery("select (select count(*) from bench_flow_place), "
                    + "(select count(*) from bench_source)")) {
                rows.next();
                places = rows.getLong(1);
                sources = rows.getLong(2);
            }
            long needed = (flowCounts + 1096L * 3 * places - 1) / (1096L * 3 * places);
            if (needed > sources) {
                // The region's places and organisations are too few for so many counts a day: more sources (bench
                // organisations, as if more national authorities and agencies published counts).
                step(sql, "bench organisations as further sources", """
                        insert into partner_organisation (id, name, acronym, kind)
                        select gen_random_uuid(), 'Bench source ' || n, 'BS' || n, 'NATIONAL_AUTHORITY'
                        from generate_series(1, %d) n
                        """.formatted(needed - sources));
                sql.execute("""
                        insert into bench_source
                        select (select max(n) from bench_source) + row_number() over (order by g.name), g.id
                        from partner_organisation g where g.name like 'Bench source %'
                        """);
            }
            // Written as the import writes: the references are valid by construction, so the foreign keys are not
            // checked row by row (the application's role may set this, see DatabaseGrants).
            sql.execute("set session_replication_role = replica");
            long flows = step(sql, "flow counts (" + places + " places, 3 directions, " + needed + " sources, "
                    + "every day of 2014-2016)", """
                    insert into flow_count (id, operation_id, period_kind, period_start, period_end, country_id,
                        location_id, direction, source_organisation_id, total, distribution_level, created_by,
                        created_at, updated_at)
                    select gen_random_uuid(), p.operation_id, 'DAY', d, d, p.country_id, p.location_id, dir,
                        src.organisation_id, floor(random() * 2000)::int,
                        case when random() < 0.85 then 'OSCE' when random() < 0.67 then 'OPERATION' else 'PUBLIC' end,
                        %s, now(), now()
                    from generate_series(date '2014-01-01', date '2016-12-31', interval '1 day') d
                    cross join bench_flow_place p
                    cross join (values ('ENTRY'), ('EXIT'), ('PRESENT')) dirs(dir)
                    join bench_source src on src.n < %d
                    limit %d
                    """.formatted(by, needed, flowCounts));
            sql.execute("set session_replication_role = origin");
            // Written straight into flow_count, past the code that keeps the weekly sums of daily entries (V99): the
            // generated counts' weeks are summed as the migration sums the counts it finds.
            step(sql, "weekly sums of the generated daily entries", """
                    insert into flow_entry_week as w (week_start, location_id, source_organisation_id, operation_id,
                        distribution_level, total, days)
                    select period_start - (extract(isodow from period_start)::int - 1), location_id,
                        source_organisation_id, operation_id, distribution_level, sum(total), count(*)
                    from flow_count
                    where period_kind = 'DAY' and direction = 'ENTRY' and location_id is not null
                      and period_start between date '2014-01-01' and date '2016-12-31'
                      and location_id in (select location_id from bench_flow_place)
                    group by 1, 2, 3, 4, 5
                    on conflict (week_start, location_id, source_organisation_id, operation_id, distribution_level)
                    do update set total = w.total + excluded.total, days = w.days + excluded.days
                    """);
            System.out.printf("Generated %,d flow counts, %,d visits, %,d activities, %,d meetings in %.1f s%n", flows,
                    visits, activities, meetings, (System.nanoTime() - start) / 1e9);
        }
        long analyze = System.nanoTime();
        try (Connection owner = database.ownerConnection(); Statement sql = owner.createStatement()) {
            sql.execute("vacuum analyze");
        }
        System.out.printf("vacuum analyze: %.1f s%n", (System.nanoTime() - analyze) / 1e9);
        counts(dataSource);
    }

    static void counts(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                var rows = sql.executeQuery("""
                        select (select count(*) from flow_count), (select count(*) from monitoring_visit),
                               (select count(*) from activity), (select count(*) from meeting),
                               (select count(*) from monitoring_plan), (select count(*) from preparedness_assessment),
                               (select count(*) from temporary_deployment), (select count(*) from report),
                               (select count(*) from flow_entry_week),
                               (select coalesce(sum(days), 0) from flow_entry_week),
                               (select count(*) from flow_count where period_kind = 'DAY' and direction = 'ENTRY'
                                  and location_id is not null)""")) {
            rows.next();
            System.out.printf("In the database: %,d flow counts, %,d visits, %,d activities, %,d meetings, %,d plans, "
                    + "%,d assessments, %,d deployments, %,d reports; %,d weekly sums of daily entries (V99) standing "
                    + "for %,d of the %,d daily entries at locations%n", rows.getLong(1), rows.getLong(2),
                    rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                    rows.getLong(8), rows.getLong(9), rows.getLong(10), rows.getLong(11));
        }
    }

    private static long step(Statement sql, String what, String statement) throws SQLException {
        long start = System.nanoTime();
        long rows = sql.executeUpdate(statement);
        System.out.printf("  %,d %s in %.1f s%n", rows, what, (System.nanoTime() - start) / 1e9);
        return rows;
    }

    interface Run {
        void run() throws Exception;
    }

    static double time(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
