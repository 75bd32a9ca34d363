package org.corridor.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.corridor.accounts.CorridorUser;
import org.corridor.flows.Direction;
import org.corridor.interchange.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The borders of the regional picture in the API: the configured borders, and one border's reconciliation for a
 * period, as JSON or CSV ({@code .csv}, or {@code Accept: text/csv}): the same figures as the page.
 */
@RestController
@Tag(name = "Regional picture")
class BorderApiController {

    static final String CSV = "text/csv";

    /** The columns of the CSV: one row a week, then one row a day. */
    static final List<String> HEADERS = List.of("border", "period_kind", "period", "first_day", "last_day",
            "exits_source", "exits", "exits_state", "entries_source", "entries", "entries_state", "difference", "share",
            "trend", "diverges", "compared", "days_compared");

    /** A side of a border: its code, what the directory calls it (null when the code is unknown), the direction. */
    @Schema(name = "BorderSide")
    record SideAnswer(String code, @Nullable @Schema(description = "LOCATION or COUNTRY; null when the directory "
            + "holds no such code") String kind, @Nullable String name, Direction direction) {

        static SideAnswer of(BorderReconciliations.BorderSide side) {
            return new SideAnswer(side.code(), side.kind(), side.name(), side.direction());
        }
    }

    /** A configured border; {@code problems} says what is wrong with its settings (empty when nothing is). */
    @Schema(name = "Border")
    record BorderAnswer(String name, String title, SideAnswer exit, SideAnswer entry, List<String> problems) {

        static BorderAnswer of(BorderReconciliations.Border border) {
            return new BorderAnswer(border.name(), border.title(), SideAnswer.of(border.exit()),
                    SideAnswer.of(border.entry()), border.problems());
        }
    }

    /** A source of one side: {@code own} (the operations' own observation, name null) or an organisation's id. */
    @Schema(name = "BorderSource")
    record SourceAnswer(String value, @Nullable String name) {

        static SourceAnswer of(BorderReconciliations.SourceChoice choice) {
            return new SourceAnswer(choice.value(), choice.name());
        }
    }

    /** One border compared over a period: the rule's settings, the totals, the weeks, the days, the divergences. */
    @Schema(name = "BorderReconciliation")
    record ReconciliationAnswer(BorderAnswer border, LocalDate from, LocalDate to, SourceAnswer exitSource,
            SourceAnswer entrySource, boolean sameSourceOnBothSides, double divergenceShare, long minimumCount,
            BorderComparison.Totals totals, List<BorderComparison.Week> weeks, List<BorderComparison.Day> days,
            List<BorderComparison.Divergence> divergences, List<String> exitNotSharedBy,
            List<String> entryNotSharedBy) {

        static ReconciliationAnswer of(BorderReconciliations.Reconciliation r) {
            BorderComparison c = r.comparison();
            return new ReconciliationAnswer(BorderAnswer.of(r.border()), r.period().from(), r.period().to(),
                    SourceAnswer.of(r.exitSource()), SourceAnswer.of(r.entrySource()), r.sourceOnBothSides(),
                    r.divergenceShare(), r.minimumCount(), c.totals(), c.weeks(), c.days(), c.divergences(),
                    r.exitNotSharedBy(), r.entryNotSharedBy());
        }
    }

    private final BorderReconciliations reconciliations;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;

    BorderApiController(BorderReconciliations reconciliations, RegionalPeriod.Defaults periods,
            MessageSource messages) {
        this.reconciliations = reconciliations;
        this.periods = periods;
        this.messages = messages;
    }

    @GetMapping("/api/v1/regional/borders")
    @Operation(summary = "The borders whose two sides are reconciled, as configured, with the directory's names of "
            + "their sides and any problem with their settings")
    List<BorderAnswer> borders(@AuthenticationPrincipal CorridorUser user) {
        RegionalReaders.require(user);
        return reconciliations.borders().stream().map(BorderAnswer::of).toList();
    }

    @GetMapping(path = "/api/v1/regional/borders/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One border's exits against the entries on the other side, by ISO week and by day, with the "
            + "difference, its trend and the divergences, as the page shows them; the same as CSV with Accept: text/csv "
            + "or at {name}.csv. Without a period, the last twelve months with data; without sources, a source that "
            + "counted on both sides. 400 for a bad period or source, 404 for an unknown border, 409 for a border "
            + "whose settings name a code the directory does not hold")
    @ApiResponse(responseCode = "200", description = "The border compared over the period", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ReconciliationAnswer.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "409", description = "The border's settings name a code the directory does not hold.",
            content = @Content(mediaType = "application/problem+json"))
    ReconciliationAnswer border(@AuthenticationPrincipal CorridorUser user, @PathVariable String name,
            @Parameter(description = "First day, e.g. 2015-10-01") @RequestParam(required = false) String from,
            @Parameter(description = "Last day, e.g. 2016-03-31") @RequestParam(required = false) String to,
            @Parameter(description = "'own' or an organisation's id") @RequestParam(required = false) String exitSource,
            @Parameter(description = "'own' or an organisation's id") @RequestParam(required = false) String entrySource) {
        return ReconciliationAnswer.of(reconcile(user, name, from, to, exitSource, entrySource));
    }

    /** The same route asked for CSV: documented with the JSON one, of which it is the other answer. */
    @GetMapping(path = "/api/v1/regional/borders/{name}", produces = CSV)
    @Operation(hidden = true)
    void borderAsCsv(@AuthenticationPrincipal CorridorUser user, @PathVariable String name,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String exitSource, @RequestParam(required = false) String entrySource,
            HttpServletResponse response) throws IOException {
        csv(reconcile(user, name, from, to, exitSource, entrySource), response);
    }

    @GetMapping("/api/v1/regional/borders/{name}.csv")
    @Operation(summary = "One border's reconciliation as CSV: one row a week, then one a day")
    @ApiResponse(responseCode = "200", description = "The weeks and days as CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "The border's settings name a code the directory does not hold.",
            content = @Content(mediaType = "application/problem+json"))
    void borderCsv(@AuthenticationPrincipal CorridorUser user, @PathVariable String name,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String exitSource, @RequestParam(required = false) String entrySource,
            HttpServletResponse response) throws IOException {
        csv(reconcile(user, name, from, to, exitSource, entrySource), response);
    }

    /** A request the reconciliation cannot answer, as problem+json whatever the request accepts (CSV included). */
    @ExceptionHandler(BorderReconciliations.Rejected.class)
    ResponseEntity<ProblemDetail> rejected(BorderReconciliations.Rejected e) {
        HttpStatus status = switch (e.kind) {
            case BAD_PARAMETER -> HttpStatus.BAD_REQUEST;
            case NO_SUCH_BORDER -> HttpStatus.NOT_FOUND;
            case MISCONFIGURED -> HttpStatus.CONFLICT;
        };
        String detail = messages.getMessage(e.code, e.arguments, Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (e.kind == BorderReconciliations.Rejected.Kind.BAD_PARAMETER) {
            problem.setProperty("errors", List.of(java.util.Map.of("field", e.field, "message", detail)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private BorderReconciliations.Reconciliation reconcile(CorridorUser user, String name, String from, String to,
            String exitSource, String entrySource) {
        RegionalReaders.require(user);
        BorderReconciliations.Border border = reconciliations.border(name).orElseThrow(
                () -> new BorderReconciliations.Rejected(BorderReconciliations.Rejected.Kind.NO_SUCH_BORDER, "name",
                        "borders.error.border", BorderReconciliations.shorten(name)));
        RegionalPeriod period = BorderReconciliations.period(from, to, () -> periods.of(user));
        return reconciliations.reconcile(user, border, period, exitSource, entrySource);
    }

    private static void csv(BorderReconciliations.Reconciliation r, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"border-" + r.border().name() + "-"
                + r.period().from() + "-" + r.period().to() + ".csv\"");
        String exits = r.exitSource().name() == null ? BorderReconciliations.OWN : r.exitSource().name();
        String entries = r.entrySource().name() == null ? BorderReconciliations.OWN : r.entrySource().name();
        String name = r.border().name();
        TableExport.csv(response.getOutputStream(), HEADERS, sink -> {
            for (BorderComparison.Week w : r.comparison().weeks()) {
                sink.row(java.util.Arrays.asList(name, "WEEK", w.week(), w.firstDay(), w.lastDay(), exits, w.exits(),
                        w.exitsState(), entries, w.entries(), w.entriesState(), w.difference(), w.share(), w.trend(),
                        w.diverges(), w.basis(), w.daysCompared()));
            }
            for (BorderComparison.Day d : r.comparison().days()) {
                sink.row(java.util.Arrays.asList(name, "DAY", d.date(), d.date(), d.date(), exits, d.exits(),
                        d.exitsState(), entries, d.entries(), d.entriesState(), d.difference(), d.share(), d.trend(),
                        d.diverges(), d.difference() == null ? BorderComparison.Basis.NONE
                                : BorderComparison.Basis.DAYS_ON_BOTH_SIDES, d.difference() == null ? 0 : 1));
            }
        });
    }
}
