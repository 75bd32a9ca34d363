package org.corridor.reports;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.corridor.CorridorApplication;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.cli.DemoScenario;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.flows.FlowImport;
import org.corridor.interchange.ImportReport;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportSummary;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The report rendering bench (not a test: {@code bench/report-render.sh} runs it). On a fresh embedded database with
 * the demo and, optionally, the flow bench's generated counts, it times the Mission to Serbia's background report
 * drawn live (a draft with the distributed report's sections and period, so every generated section is drawn from
 * the data as the draft's author reads it):
 *
 * <ol>
 * <li>its data queries alone: {@link Reports#document} (the report read and its generated sections drawn), nothing
 * rendered;
 * <li>the HTML download: the same, then {@link ReportFiles#html};
 * <li>the PDF and the Word file: the same, then {@link ReportFiles#pdf} or {@link ReportFiles#docx}.
 * </ol>
 *
 * Each is run {@code RUNS} times after a warm-up, and the medians are printed with their ratios (goals: HTML at most
 * 1.2x its queries, PDF at most 3x HTML, each under a second).
 */
public final class ReportRenderBench {

    static final int WARM_UP = 5;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Path home = Path.of(args.length > 1 ? args[1] : "target/bench-home");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its INFO lines a PDF would drown the figures
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CorridorApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("corridor.home=" + home.toAbsolutePath(), "logging.level.root=WARN",
                        "spring.main.banner-mode=off")
                .run()) {
            long start = System.nanoTime();
            context.getBean(DemoScenario.class).load();
            System.out.printf("Demo loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            awaitEventsDelivered(context);
            UserAccounts accounts = context.getBean(UserAccounts.class);
            CorridorUser officer = accounts.findByUsername("officer.serbia").orElseThrow();
            if (rows > 0) {
                importCounts(context, home, rows, accounts.findByUsername("focal").orElseThrow());
            }
            Reports reports = context.getBean(Reports.class);
            ReportFiles files = context.getBean(ReportFiles.class);
            UUID draft = liveCopyOfTheBackground(reports, officer);

            ReportDocument sample = reports.document(officer, draft);
            System.out.printf("The report: %s, %s to %s, %d sections, %d generated blocks%n", sample.title(),
                    sample.periodFrom(), sample.periodTo(), sample.sections().size(),
                    sample.sections().stream().filter(s -> s.content() != null)
                            .mapToInt(s -> s.content().blocks().size()).sum());
            boolean word = writesWord(files, sample);
            System.out.printf("Sizes: HTML %,d characters; PDF %,d bytes; DOCX %s%n",
                    files.html(sample).length(), size(out -> files.pdf(sample, out)),
                    word ? String.format("%,d bytes", size(out -> files.docx(sample, out))) : "not written yet");

            // The four measures alternate within each round, so that a change of the machine's pace (another
            // build, the database's own work) falls on all of them alike and leaves their ratios alone.
            Timings timed = interleaved(runs, List.of(
                    () -> reports.document(officer, draft),
                    () -> files.html(reports.document(officer, draft)),
                    () -> files.pdf(reports.document(officer, draft), OutputStream.nullOutputStream()),
                    () -> {
                        if (word) {
                            files.docx(reports.document(officer, draft), OutputStream.nullOutputStream());
                        }
                    }));
            double queries = timed.wall(0), html = timed.wall(1), pdf = timed.wall(2);
            double docx = word ? timed.wall(3) : Double.NaN;
            double queriesCpu = timed.cpu(0), htmlCpu = timed.cpu(1), pdfCpu = timed.cpu(2);
            double docxCpu = word ? timed.cpu(3) : Double.NaN;
            // The rendering alone, of one document drawn once: where the time beyond the queries goes.
            double htmlOnly = median(runs, () -> files.html(sample));
            double pdfOnly = median(runs, () -> files.pdf(sample, OutputStream.nullOutputStream()));
            double docxOnly = !word ? Double.NaN
                    : median(runs, () -> files.docx(sample, OutputStream.nullOutputStream()));

            System.out.printf("Medians of %d rounds, the four measures alternating (after %d warm-up rounds):%n", runs, WARM_UP);
            System.out.printf("  data queries alone (document drawn, nothing rendered): %8.1f ms%n", queries);
            System.out.printf("  HTML (queries + render):  %8.1f ms = %.2fx the queries (goal: at most 1.2x)%n", html,
                    html / queries);
            System.out.printf("  PDF  (queries + render):  %8.1f ms = %.2fx the HTML (goal: at most 3x); %.2fx the queries%n",
                    pdf, pdf / html, pdf / queries);
            System.out.printf("  DOCX (queries + render):  %8.1f ms = %.2fx the HTML; %.2fx the queries%n", docx,
                    docx / html, docx / queries);
            System.out.printf("  rendering alone: HTML %.1f ms, PDF %.1f ms, DOCX %.1f ms%n", htmlOnly, pdfOnly,
                    docxOnly);
            // On a machine shared with other work the wall-clock medians move with the load; the CPU time of the
            // bench's own thread (the database's work in its server process not included) moves much less.
            System.out.printf("  CPU time of this thread (medians): queries %.1f ms, HTML %.1f ms, PDF %.1f ms = %.2fx the "
                    + "HTML's, DOCX %.1f ms%n", queriesCpu, htmlCpu, pdfCpu, pdfCpu / htmlCpu, docxCpu);
            // Where the queries' time goes: each generated section drawn alone.
            ReportData data = context.getBean(ReportData.class);
            StringBuilder perSection = new StringBuilder();
            for (ReportDocument.Section section : sample.sections()) {
                if (section.kind().generated()) {
                    double ms = median(runs, () -> data.generate(section.kind(), officer.operationIds().iterator()
                            .next(), sample.periodFrom(), sample.periodTo(), officer));
                    perSection.append(String.format(" %s %.1f ms;", section.kind(), ms));
                }
            }
            System.out.printf("  each generated section drawn alone:%s%n", perSection);
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("Heap max %d MB; %d cores; flow counts in the database: %,d; load average at the end: %s%n",
                    runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(),
                    context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                            .sql("select count(*) from flow_count").query(Long.class).single(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /** A draft of the Mission to Serbia with the distributed background report's period and sections. */
    static UUID liveCopyOfTheBackground(Reports reports, CorridorUser officer) {
        ReportSummary distributed = reports.list(officer, new ReportFilter(null, ReportType.BACKGROUND,
                ReportStatus.DISTRIBUTED, null, null, null), 0, 1).items().get(0);
        ReportDocument frozen = reports.document(officer, distributed.id());
        ReportView draft = reports.create(officer, new ReportDraft(distributed.operationId(), ReportType.BACKGROUND,
                frozen.title() + " (bench)", frozen.periodFrom(), frozen.periodTo(), frozen.level(),
                List.of(officer.id())));
        List<SectionDraft> sections = new ArrayList<>();
        for (int i = 0; i < draft.sections().size(); i++) {
            ReportDocument.Section section = frozen.sections().get(i);
            sections.add(new SectionDraft(draft.sections().get(i).id(), section.kind(), section.heading(),
                    section.markdown()));
        }
        return reports.change(officer, draft.id(), draft.version(), new ReportDraft(draft.operationId(), draft.type(),
                draft.title(), draft.periodFrom(), draft.periodTo(), draft.level(), draft.authorIds()), sections).id();
    }

    /** The flow bench's generated counts (bench/FlowImportBench.java's file), imported as Skopje's focal point. */
    static void importCounts(ConfigurableApplicationContext context, Path home, int rows, CorridorUser focal)
            throws Exception {
        Directory directory = context.getBean(Directory.class);
        // Not the places the demo counts at (asked of the database: the demo's counts grow with its scenarios): a count
        // of another operation at the same day, place, direction and source would be refused, and the file with it
        // (all or nothing).
        java.util.Set<String> demoCounted = java.util.Set.copyOf(context.getBean(
                org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                        select distinct l.code from flow_count f join location l on l.id = f.location_id""")
                .query(String.class).list());
        List<String> locations = directory.locations().stream().map(LocationSummary::code)
                .filter(code -> !demoCounted.contains(code)).limit(60).toList();
        List<String> sources = new ArrayList<>(List.of(""));
        directory.organisations().stream().map(OrganisationSummary::acronym).filter(a -> a != null && !a.isBlank())
                .distinct().limit(4).forEach(sources::add);
        Path file = home.resolve("flows.csv");
        LocalDate last = write(file, rows, LocalDate.of(2013, 1, 1), locations, sources);
        long start = System.nanoTime();
        ImportReport report = context.getBean(FlowImport.class).importFile(focal,
                directory.operationByCode("skopje").orElseThrow().id(), file, "bench.csv", null, false, n -> { });
        if (report.created() + report.updated() == 0) {
            report.problems().entries().stream().limit(10).forEach(System.out::println);
            throw new IllegalStateException("The generated counts were not imported: " + report.status());
        }
        System.out.printf("Imported %,d generated counts (2013-01-01 to %s, %d locations, 3 directions, %d sources): "
                + "%,d new, %,d changed, in %.1f s%n", rows, last, locations.size(), sources.size(), report.created(),
                report.updated(), (System.nanoTime() - start) / 1e9);
    }

    static LocalDate write(Path file, int rows, LocalDate first, List<String> locations, List<String> sources)
            throws Exception {
        Random random = new Random(2015);
        String[] directions = {"ENTRY", "EXIT", "PRESENT"};
        LocalDate day = first;
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("date,location_code,direction,source,total\n");
            while (true) {
                for (String location : locations) {
                    for (String direction : directions) {
                        for (String source : sources) {
                            if (written == rows) {
                                return day;
                            }
                            out.write(day + "," + location + "," + direction + "," + source + ","
                                    + random.nextInt(2000) + "\n");
                            written++;
                        }
                    }
                }
                day = day.plusDays(1);
            }
        }
    }

    /** Whether the render branch writes Word files yet (until it does, the bench says so instead of a time). */
    static boolean writesWord(ReportFiles files, ReportDocument doc) {
        try {
            files.docx(doc, OutputStream.nullOutputStream());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    interface Run {
        void run() throws Exception;
    }

    interface Writing {
        void write(OutputStream out) throws Exception;
    }

    static long size(Writing writing) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        writing.write(out);
        return out.size();
    }

    /**
     * Waits until the listeners of the demo's events (the alert rules run after each import, route event and
     * meeting) have finished: measured while they run, the queries would share the machine with them.
     */
    static void awaitEventsDelivered(ConfigurableApplicationContext context) throws InterruptedException {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        long start = System.nanoTime();
        long waiting;
        while ((waiting = jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single()) > 0 && System.nanoTime() - start < 120_000_000_000L) {
            Thread.sleep(200);
        }
        System.out.printf("Events delivered after %.1f s (%d still waiting)%n", (System.nanoTime() - start) / 1e9,
                waiting);
    }

    /** Wall-clock and CPU medians of each measure of {@link #interleaved}, in milliseconds. */
    record Timings(double[] walls, double[] cpus) {
        double wall(int measure) {
            return walls[measure];
        }

        double cpu(int measure) {
            return cpus[measure];
        }
    }

    /** Each measure timed once a round, in turn, for {@code runs} rounds after {@link #WARM_UP} untimed ones. */
    static Timings interleaved(int runs, List<Run> measures) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            for (Run run : measures) {
                run.run();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] times = new double[measures.size()][runs];
        double[][] cpu = new double[measures.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int m = 0; m < measures.size(); m++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                measures.get(m).run();
                times[m][i] = (System.nanoTime() - start) / 1e6;
                cpu[m][i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        double[] walls = new double[measures.size()];
        double[] cpus = new double[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            walls[m] = median(times[m]);
            cpus[m] = median(cpu[m]);
        }
        return new Timings(walls, cpus);
    }

    /** The median of {@code runs} timed runs, in milliseconds, after {@link #WARM_UP} untimed ones. */
    static double median(int runs, Run run) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(times);
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
