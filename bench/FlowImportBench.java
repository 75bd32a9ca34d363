import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.corridor.CorridorApplication;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.flows.FlowImport;
import org.corridor.interchange.ImportReport;
import org.corridor.database.EmbeddedDatabase;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times our flow import (validation included) against PostgreSQL's COPY of the same file into a bare table, in one
 * run on one fresh embedded database. Usage: bench/run.sh [ROWS].
 */
public class FlowImportBench {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path home = Path.of(args.length > 1 ? args[1] : "target/bench-home");
        Path file = home.resolve("flows.csv");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CorridorApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("corridor.home=" + home.toAbsolutePath(), "logging.level.root=WARN", "logging.level.org.corridor.flows.FlowImport=INFO", "spring.main.banner-mode=off")
                .run()) {
            // The import runs as the application's role (no superuser); the bench's own tables are the owner's.
            JdbcClient app = context.getBean(JdbcClient.class);
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
            DataSource ownerDataSource = new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(),
                    database.ownerPassword());
            JdbcClient jdbc = JdbcClient.create(ownerDataSource);
            System.out.printf("The import connects as %s (superuser: %s)%n",
                    app.sql("select current_user").query(String.class).single(),
                    app.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single());
            Directory directory = context.getBean(Directory.class);
            UUID skopje = directory.operationByCode("skopje").orElseThrow().id();
            List<String> locations = sixtyLocations(jdbc, directory);
            List<String> sources = new ArrayList<>(List.of(""));
            directory.organisations().stream().map(OrganisationSummary::acronym)
                    .filter(a -> a != null && !a.isBlank()).distinct().limit(4).forEach(sources::add);
            CorridorUser focal = context.getBean(UserAccounts.class).create("bench." + UUID.randomUUID().toString()
                    .substring(0, 6), "Bench", "long-enough-password", List.of(new Membership(skopje, Role.FOCAL_POINT)));
            // bench/pages.sh signs in as this user to time the pages on the million counts.
            Files.writeString(home.resolve("bench-user.txt"), focal.getUsername() + "\n");

            LocalDate first = LocalDate.of(2013, 1, 1);
            LocalDate last = write(file, rows, first, locations, sources);
            System.out.printf("Generated %,d rows, %s to %s, %d locations, 3 directions, %d sources (%,d bytes)%n",
                    rows, first, last, locations.size(), sources.size(), Files.size(file));

            long start = System.nanoTime();
            ImportReport report = context.getBean(FlowImport.class).importFile(focal, skopje, file, "bench.csv",
                    null, false, n -> { });
            double ours = (System.nanoTime() - start) / 1e9;
            if (report.created() != rows) {
                report.problems().entries().stream().limit(10).forEach(System.out::println);
                throw new IllegalStateException("import wrote " + report.created() + " of " + rows + ": " + report.status());
            }

            start = System.nanoTime();
            ImportReport again = context.getBean(FlowImport.class).importFile(focal, skopje, file, "bench.csv",
                    null, false, n -> { });
            double reimport = (System.nanoTime() - start) / 1e9;
            if (again.created() + again.updated() != 0 || again.unchanged() != rows) {
                throw new IllegalStateException("re-import changed " + (again.created() + again.updated()) + " counts");
            }

            jdbc.sql("""
                    create table bench_bare (date date, location_code text, direction text, source text, total integer,
                        men integer, women integer, children integer, unaccompanied_minors integer)""").update();
            DataSource dataSource = ownerDataSource;
            start = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); Reader reader = Files.newBufferedReader(file)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_bare from stdin (format csv, header true)", reader);
            }
            double copy = (System.nanoTime() - start) / 1e9;

            // The floor for writing these rows at all: COPY of the final rows into a table shaped like flow_count
            // (same checks, unique key, four more indexes and four foreign keys, checked row by row by PostgreSQL).
            Path rowsFile = home.resolve("flow_count.copy");
            jdbc.sql("create table bench_shaped (like flow_count including all)").update();
            jdbc.sql("""
                    alter table bench_shaped add foreign key (operation_id) references field_operation (id),
                        add foreign key (country_id) references country (id),
                        add foreign key (location_id) references location (id),
                        add foreign key (source_organisation_id) references partner_organisation (id)""").update();
            try (Connection connection = dataSource.getConnection();
                    var out = Files.newOutputStream(rowsFile)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy flow_count to stdout", out);
            }
            double shaped = copyRows(dataSource, rowsFile, "bench_shaped");

            // Lower bounds for any import into flow_count, whatever it does before writing: the final rows, already
            // typed in an unlogged table (no parsing at all), inserted into flow_count's columns with nothing else
            // (the heap alone), and with only the one index the issue requires, the unique natural key.
            jdbc.sql("create unlogged table bench_typed as select * from flow_count").update();
            jdbc.sql("checkpoint").update();
            jdbc.sql("create table bench_heap (like flow_count including defaults)").update();
            double heap = timed(jdbc, "insert into bench_heap select * from bench_typed");
            jdbc.sql("create table bench_key (like flow_count including defaults)").update();
            jdbc.sql("""
                    create unique index on bench_key (country_id, period_start, period_kind,
                        coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), direction,
                        coalesce(source_organisation_id, '00000000-0000-0000-0000-000000000000'::uuid))""").update();
            double key = timed(jdbc, "insert into bench_key select * from bench_typed");
            // The floor the import is held to: the same typed rows into a table with all of flow_count's keys and
            // indexes (primary key, unique natural key, the three other indexes, its checks and its four foreign keys,
            // which PostgreSQL checks row by row); and, for comparison, the same without the foreign keys.
            jdbc.sql("create table bench_full (like flow_count including all)").update();
            jdbc.sql("""
                    alter table bench_full add foreign key (operation_id) references field_operation (id),
                        add foreign key (country_id) references country (id),
                        add foreign key (location_id) references location (id),
                        add foreign key (source_organisation_id) references partner_organisation (id)""").update();
            jdbc.sql("checkpoint").update();
            double full = timed(jdbc, "insert into bench_full select * from bench_typed");
            jdbc.sql("create table bench_indexed (like flow_count including all)").update();
            jdbc.sql("checkpoint").update();
            double indexed = timed(jdbc, "insert into bench_indexed select * from bench_typed");

            Runtime runtime = Runtime.getRuntime();
            System.out.printf("Our import (read, validate, stage, write): %6.1f s  %,10.0f rows/s%n", ours, rows / ours);
            System.out.printf("Bare COPY into a table without keys:      %6.1f s  %,10.0f rows/s%n", copy, rows / copy);
            System.out.printf("Ratio: our import takes %.1fx the time of COPY (goal: at most 2x)%n", ours / copy);
            System.out.printf("COPY of the final rows into a table shaped like flow_count: %6.1f s  %,10.0f rows/s (our import: %.1fx)%n",
                    shaped, rows / shaped, ours / shaped);
            System.out.printf("Floor: typed final rows into flow_count's columns alone (no index, check or key): %6.1f s = %.1fx bare COPY%n",
                    heap, heap / copy);
            System.out.printf("Floor: typed final rows into flow_count's columns with only its unique natural key: %6.1f s = %.1fx bare COPY%n",
                    key, key / copy);
            System.out.printf("Floor: typed final rows into a table with all of flow_count's keys and indexes (foreign keys checked by PostgreSQL): %6.1f s; our import: %.2fx (goal: at most 1.3x)%n",
                    full, ours / full);
            System.out.printf("Floor: the same without the foreign keys (primary key, natural key, indexes, checks): %6.1f s; our import: %.2fx%n",
                    indexed, ours / indexed);
            System.out.printf("Re-import of the same file (every row found unchanged): %6.1f s  %,10.0f rows/s%n",
                    reimport, rows / reimport);
            System.out.printf("Heap: max %d MB; %d cores; load average (1, 5, 15 min) at the end: %s%n",
                    runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    static double timed(JdbcClient jdbc, String statement) {
        long start = System.nanoTime();
        jdbc.sql(statement).update();
        return (System.nanoTime() - start) / 1e9;
    }

    static double copyRows(DataSource dataSource, Path rowsFile, String table) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); var in = Files.newInputStream(rowsFile)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", in);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The directory's locations, topped up with bench-only ones to sixty. */
    static List<String> sixtyLocations(JdbcClient jdbc, Directory directory) {
        List<String> codes = new ArrayList<>(directory.locations().stream().map(LocationSummary::code).limit(60).toList());
        for (int i = codes.size(); i < 60; i++) {
            String code = "BENCH-" + i;
            jdbc.sql("""
                    insert into location (id, code, name, kind, country_id, latitude, longitude, description)
                    values (gen_random_uuid(), :code, :code, 'TOWN', (select id from country where iso2 = 'MK'), 41.5, 21.5, 'bench')""")
                    .param("code", code).update();
            codes.add(code);
        }
        return codes;
    }

    static LocalDate write(Path file, int rows, LocalDate first, List<String> locations, List<String> sources)
            throws Exception {
        Random random = new Random(2015);
        String[] directions = {"ENTRY", "EXIT", "PRESENT"};
        LocalDate day = first;
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("date,location_code,direction,source,total,men,women,children,unaccompanied_minors\n");
            while (true) {
                for (String location : locations) {
                    for (String direction : directions) {
                        for (String source : sources) {
                            if (written == rows) {
                                return day;
                            }
                            int total = random.nextInt(2000);
                            int men = random.nextInt(total / 2 + 1);
                            int women = random.nextInt(total / 4 + 1);
                            int children = random.nextInt(total - men - women + 1);
                            int unaccompanied = random.nextInt(children / 10 + 1);
                            out.write(day + "," + location + "," + direction + "," + source + "," + total + "," + men
                                    + "," + women + "," + children + "," + unaccompanied + "\n");
                            written++;
                        }
                    }
                }
                day = day.plusDays(1);
            }
        }
    }
}
