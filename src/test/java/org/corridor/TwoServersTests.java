package org.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.CorridorProcess.Home;
import org.corridor.CorridorProcess.Result;
import org.corridor.database.TemplateDataDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Corridor servers, separate JVMs as an operator runs them behind a proxy, on one external PostgreSQL (started
 * here, as a production database would be, apart from both servers). The last test stops the first server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersTests {

    private static final String PASSWORD = "two-servers-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(3);

    private EmbeddedPostgres database;
    private String url;
    private Home homeA;
    private Home homeB;
    private CorridorProcess a;
    private CorridorProcess b;

    @BeforeAll
    void startOneDatabaseAndTwoServers() throws IOException {
        // a copy of what initdb writes (TemplateDataDirectory), started without running initdb again
        database = EmbeddedPostgres.builder().setDataDirectory(TemplateDataDirectory.newCopy()).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
        url = "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
        homeA = Home.create("two-servers-a");
        homeB = Home.create("two-servers-b");
        a = homeA.startServer(external());
        b = homeB.startServer(external());
        List<String> add = new ArrayList<>(List.of("users", "add", "fiona", "--role", "FOCAL_POINT", "--operation",
                "skopje", "--password-stdin"));
        add.addAll(List.of(external()));
        Result added = homeA.runInThisJvm(PASSWORD + "\n", add.toArray(String[]::new));
        assertThat(added.exitCode()).as(added::toString).isZero();
    }

    private String[] external() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres"};
    }

    @AfterAll
    void stopAll() throws IOException {
        if (homeA != null) {
            homeA.close();
        }
        if (homeB != null) {
            homeB.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aUserSignedInOnOneServerIsSignedInOnTheOtherAndSigningOutOnEitherEndsIt() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get(b, "/flows/import").statusCode()).as("before signing in").isEqualTo(302);

        browser.signIn(a, "fiona", PASSWORD);

        HttpResponse<String> onB = browser.get(b, "/flows/import");
        assertThat(onB.statusCode()).as("the page on the other server, with the session of the first").isEqualTo(200);
        assertThat(onB.body()).contains("Import");
        assertThat(browser.get(a, "/flows/import").statusCode()).isEqualTo(200);
        assertThat(b.output()).as("the start on an external database names its phases, without an embedded one")
                .contains("Start-up took ", "; Flyway validate and migrate ", "; ready").doesNotContain("; embedded PostgreSQL ");

        HttpResponse<String> signOut = browser.post(b, "/logout", "_csrf=" + encode(browser.csrf(b, "/flows/import")));
        assertThat(signOut.headers().firstValue("Location").orElse("")).contains("/login?signedOut");
        assertThat(browser.get(a, "/flows/import").statusCode()).as("on the first server after signing out on the other")
                .isEqualTo(302);
    }

    @Test
    @Order(2)
    void anImportStartedOnOneServerIsSeenProgressingAndFinishingOnTheOther() throws Exception {
        Browser browser = new Browser();
        browser.signIn(a, "fiona", PASSWORD);
        int rows = 150_000;
        Path file = flowFile("finishing", rows, "");
        // The other server keeps the API's list of counts (asked twice) until the import changes the data.
        List<String> create = new ArrayList<>(List.of("tokens", "create", "fiona", "--name", "two servers"));
        create.addAll(List.of(external()));
        String token = homeA.runInThisJvm(null, create.toArray(String[]::new)).token();
        assertThat(b.get("/api/v1/flow-counts?size=1", token).body()).contains("\"totalItems\":0");
        assertThat(b.get("/api/v1/flow-counts?size=1", token).body()).contains("\"totalItems\":0");

        UUID job = browser.startImport(a, file);

        List<String> seen = new ArrayList<>();
        String state = browser.awaitFinished(b, job, seen);
        assertThat(seen).as("states the other server showed while the import ran")
                .anySatisfy(s -> assertThat(s).contains("\"status\":\"RUNNING\"").containsPattern("\"rowsRead\":[1-9]"));
        assertThat(state).contains("\"status\":\"WRITTEN\"", "\"rowsWritten\":" + rows, "\"finished\":true");
        assertThat(counts(false)).isEqualTo(rows);
        assertThat(b.get("/api/v1/flow-counts?size=1", token).body()).as("the list on the other server after the import")
                .doesNotContain("\"totalItems\":0").contains("\"totalIsLowerBound\":true");
    }

    @Test
    @Order(3)
    void stoppingAServerMidImportLeavesTheJobFailedWithNothingWritten() throws Exception {
        Browser browser = new Browser();
        browser.signIn(a, "fiona", PASSWORD);
        Path file = flowFile("stopped", 400_000, "UNHCR", "IOM");

        UUID job = browser.startImport(a, file);
        Instant deadline = Instant.now().plus(IMPORT_TIMEOUT);
        String state = browser.job(b, job);
        while (!state.matches("(?s).*\"rowsRead\":[1-9].*") && Instant.now().isBefore(deadline)) {
            assertThat(state).as("the import must still run when its server is stopped").contains("\"status\":\"RUNNING\"");
            Thread.sleep(100);
            state = browser.job(b, job);
        }
        assertThat(state).as("seen running on the other server").contains("\"status\":\"RUNNING\"");

        assertThat(a.stop()).as(a::outputTail).isIn(0, 143);

        String after = browser.signedInAgain(b).job(b, job);
        assertThat(after).as("the job as the remaining server shows it").contains("\"status\":\"FAILED\"",
                "\"finished\":true");
        assertThat(counts(true)).as("counts written by the stopped import").isZero();
        assertThat(browser.get(b, "/flows/import/" + job + "/problems.csv").body()).as("the reason the job tells")
                .containsIgnoringCase("stopped");
        assertThat(b.health()).isEqualTo("UP");
    }

    /** Counts of the operation's own observation (no source), or of counts with a source. */
    private long counts(boolean withSource) throws SQLException {
        try (Connection db = database.getPostgresDatabase().getConnection();
                PreparedStatement query = db.prepareStatement("select count(*) from flow_count where "
                        + (withSource ? "source_organisation_id is not null" : "source_organisation_id is null"));
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Daily counts at Skopje's seven places in three directions from each source, from 1 January 1990 on. */
    private Path flowFile(String name, int rows, String... sources) throws IOException {
        String[] places = {"MK-SKOPJE", "MK-GEVGELIJA", "MK-GEVGELIJA-BCP", "MK-GEVGELIJA-TC", "MK-TABANOVCE",
                "MK-TABANOVCE-BCP", "MK-TABANOVCE-TC"};
        String[] directions = {"ENTRY", "EXIT", "PRESENT"};
        StringBuilder csv = new StringBuilder("date,location_code,direction,source,total\n");
        LocalDate day = LocalDate.of(1990, 1, 1);
        int written = 0;
        while (written < rows) {
            for (String source : sources) {
                for (String place : places) {
                    for (String direction : directions) {
                        if (written < rows) {
                            csv.append(day).append(',').append(place).append(',').append(direction).append(',')
                                    .append(source).append(',').append(written % 500).append('\n');
                            written++;
                        }
                    }
                }
            }
            day = day.plusDays(1);
        }
        Path file = homeA.path().resolveSibling("flows-" + name + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser: one cookie jar for every server (cookies do not depend on the port), as behind one proxy. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Browser signedInAgain(CorridorProcess server) throws Exception {
            if (get(server, "/flows/import").statusCode() != 200) {
                signIn(server, "fiona", PASSWORD);
            }
            return this;
        }

        void signIn(CorridorProcess server, String username, String password) throws Exception {
            String token = csrf(server, "/login");
            HttpResponse<String> response = post(server, "/login", "username=" + encode(username) + "&password="
                    + encode(password) + "&_csrf=" + encode(token));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        }

        String csrf(CorridorProcess server, String page) throws Exception {
            Matcher token = CSRF.matcher(get(server, page).body());
            assertThat(token.find()).as("a _csrf field on " + page).isTrue();
            return token.group(1);
        }

        HttpResponse<String> get(CorridorProcess server, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(CorridorProcess server, String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Uploads the file as the import page's script does; the job's id from the answer. */
        UUID startImport(CorridorProcess server, Path file) throws Exception {
            String token = csrf(server, "/flows/import");
            String boundary = "----corridor" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nimport\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(server, "/flows/import/jobs"))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response::body).isEqualTo(202);
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(response.body());
            assertThat(id.find()).as(response::body).isTrue();
            return UUID.fromString(id.group(1));
        }

        String job(CorridorProcess server, UUID job) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(server, "/flows/import/jobs/" + job))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response::body).isEqualTo(200);
            return response.body();
        }

        String awaitFinished(CorridorProcess server, UUID job, List<String> seen) throws Exception {
            Instant deadline = Instant.now().plus(IMPORT_TIMEOUT);
            String state = job(server, job);
            while (!state.contains("\"finished\":true") && Instant.now().isBefore(deadline)) {
                seen.add(state);
                Thread.sleep(200);
                state = job(server, job);
            }
            assertThat(state).as("finished within " + IMPORT_TIMEOUT).contains("\"finished\":true");
            return state;
        }

        private URI uri(CorridorProcess server, String path) {
            return URI.create("http://localhost:" + server.port() + path);
        }
    }
}
