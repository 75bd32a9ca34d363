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
import org.corridor.directory.ResponseArea;
import org.corridor.flows.Direction;
import org.corridor.regional.PublicFiguresSuppression.Mark;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public figures in the API, as JSON or as the page's HXL-tagged CSV ({@code public.csv}, or
 * {@code Accept: text/csv}); any signed-in user, as they are published. Every answer is logged as an export.
 */
@RestController
@Tag(name = "Regional picture")
class PublicFiguresApiController {

    static final String CSV = "text/csv";

    /** One published figure; a withheld one has no value, only what is printed and why. */
    @Schema(name = "PublicFigure")
    record FigureAnswer(@Schema(description = "flows or activities") String table, @Nullable String countryCode,
            @Nullable @Schema(description = "The operation's code (activities)") String operation,
            @Nullable @Schema(description = "ISO week, e.g. 2015-W43; null on a total") String week,
            LocalDate periodStart, LocalDate periodEnd, @Nullable Direction direction,
            @Nullable @Schema(description = "own observation, or the organisation's short name") String source,
            @Nullable ResponseArea responseArea, @Schema(description = "CELL or TOTAL") String kind,
            @Nullable @Schema(description = "The count; null where it is withheld") Long value,
            @Schema(description = "What is printed: the count, \"<5\" or \"x\"") String published,
            @Nullable @Schema(description = "SMALL (below the minimum) or PROTECTING (withheld so that a small count "
                    + "cannot be worked out from a total)") Mark withheld) {

        static FigureAnswer of(PublicFigures.Row r) {
            return new FigureAnswer(r.table(), r.countryCode(), r.operationCode(), r.week(), r.periodStart(),
                    r.periodEnd(), r.direction(), r.source(), r.responseArea(), r.kind(), r.value(), r.published(),
                    r.suppressed());
        }
    }

    /** A period's public figures. */
    @Schema(name = "PublicFigures")
    record PublicFiguresAnswer(LocalDate from, LocalDate to,
            @Nullable @Schema(description = "Monday of the first whole ISO week; null when the period holds none")
            LocalDate firstWeek,
            @Nullable @Schema(description = "Monday of the last whole ISO week") LocalDate lastWeek,
            int minimumCount, List<FigureAnswer> figures) {
    }

    private final PublicFigures figures;
    private final PublicFiguresExports exports;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;
    private final JsonMapper json;

    PublicFiguresApiController(PublicFigures figures, PublicFiguresExports exports, RegionalPeriod.Defaults periods,
            MessageSource messages, JsonMapper json) {
        this.figures = figures;
        this.exports = exports;
        this.periods = periods;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/regional/public", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The region's public figures for a period, as the page shows them: persons by country, ISO "
            + "week, direction and source; activities by operation and response area; small counts withheld with "
            + "complementary suppression. The same as HXL-tagged CSV with Accept: text/csv or at public.csv. Without "
            + "a period, the last twelve months with data. Logged as an export. 400 for a bad period")
    @ApiResponse(responseCode = "200", description = "The period's public figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PublicFiguresAnswer.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "A bad period, with a sentence saying what is wrong.",
            content = @Content(mediaType = "application/problem+json"))
    PublicFiguresAnswer publicFigures(@AuthenticationPrincipal CorridorUser user,
            @Parameter(description = "First day, e.g. 2015-10-01") @RequestParam(required = false) String from,
            @Parameter(description = "Last day, e.g. 2016-03-31") @RequestParam(required = false) String to) {
        PublicFigures.Publication publication = figures.publish(PublicFiguresFile.period(from, to,
                () -> periods.of(user)));
        PublicFiguresAnswer answer = answer(publication);
        exports.log(user, publication, PublicFiguresExports.Format.JSON, PublicFiguresExports.Channel.API,
                json.writeValueAsBytes(answer));
        return answer;
    }

    @GetMapping(path = "/api/v1/regional/public", produces = CSV)
    @Operation(hidden = true)
    void publicFiguresAsCsv(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        csv(user, from, to, response);
    }

    @GetMapping("/api/v1/regional/public.csv")
    @Operation(summary = "The region's public figures as HXL-tagged CSV (a row of hashtags under the header): one row "
            + "a published figure. Logged as an export")
    @ApiResponse(responseCode = "200", description = "The figures as HXL-tagged CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A bad period, with a sentence saying what is wrong.",
            content = @Content(mediaType = "application/problem+json"))
    void publicFiguresCsv(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        csv(user, from, to, response);
    }

    /** A bad period as problem+json whatever the request accepts (CSV included). */
    @ExceptionHandler(PublicFiguresFile.PublicFiguresRejected.class)
    ResponseEntity<ProblemDetail> rejected(PublicFiguresFile.PublicFiguresRejected e) {
        String detail = messages.getMessage(e.code, e.arguments, Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field, "message", detail)));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private void csv(CorridorUser user, String from, String to, HttpServletResponse response) throws IOException {
        PublicFigures.Publication publication = figures.publish(PublicFiguresFile.period(from, to,
                () -> periods.of(user)));
        byte[] file = PublicFiguresFile.csv(publication);
        exports.log(user, publication, PublicFiguresExports.Format.CSV, PublicFiguresExports.Channel.API, file);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + PublicFiguresFile.fileName(publication.period(), "csv") + "\"");
        response.getOutputStream().write(file);
    }

    static PublicFiguresAnswer answer(PublicFigures.Publication p) {
        boolean anyWeek = !p.lastWeek().isBefore(p.firstWeek());
        return new PublicFiguresAnswer(p.period().from(), p.period().to(), anyWeek ? p.firstWeek() : null,
                anyWeek ? p.lastWeek() : null, p.minimumCount(), p.rows().stream().map(FigureAnswer::of).toList());
    }
}
