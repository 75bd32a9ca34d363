package org.corridor.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.corridor.accounts.CorridorUser;
import org.corridor.interchange.TableExport;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Co-operation between operations in the API: the same pairs and the same "none recorded" as the page, as JSON or
 * CSV ({@code .csv}, or {@code Accept: text/csv}).
 */
@RestController
@Tag(name = "Regional picture")
class CooperationApiController {

    static final String CSV = "text/csv";

    static final List<String> HEADERS = List.of("operation", "other_operation", "meetings", "joint_visits",
            "first_day", "last_day");

    @Schema(name = "CooperationOperation")
    record OperationAnswer(String code, String name) {

        static OperationAnswer of(CooperationPicture.Operation o) {
            return new OperationAnswer(o.code(), o.name());
        }
    }

    @Schema(name = "CooperationPair", description = "Two operations that took part in the same meetings in the period")
    record PairAnswer(OperationAnswer operation, OperationAnswer otherOperation,
            @Schema(description = "Meetings of any kind but JOINT_VISIT") long meetings,
            @Schema(description = "Meetings of kind JOINT_VISIT") long jointVisits, LocalDate first, LocalDate last) {

        static PairAnswer of(CooperationPicture.Pair p) {
            return new PairAnswer(OperationAnswer.of(p.operation()), OperationAnswer.of(p.otherOperation()),
                    p.meetings(), p.jointVisits(), p.first(), p.last());
        }
    }

    @Schema(name = "Cooperation")
    record CooperationAnswer(LocalDate from, LocalDate to, List<PairAnswer> pairs,
            @Schema(description = "Operations whose figures you read that co-operated with no other: a finding")
            List<OperationAnswer> noneRecorded,
            @Schema(description = "Operations whose figures are not shared with you: their pairs count only the "
                    + "meetings you may read") List<OperationAnswer> notShared) {

        static CooperationAnswer of(CooperationPicture.Picture p) {
            return new CooperationAnswer(p.period().from(), p.period().to(),
                    p.pairs().stream().map(PairAnswer::of).toList(),
                    p.noneRecorded().stream().map(OperationAnswer::of).toList(),
                    p.notShared().stream().map(OperationAnswer::of).toList());
        }
    }

    private final CooperationPicture cooperation;
    private final RegionalPeriod.Defaults periods;

    CooperationApiController(CooperationPicture cooperation, RegionalPeriod.Defaults periods) {
        this.cooperation = cooperation;
        this.periods = periods;
    }

    @GetMapping(path = "/api/v1/regional/co-operation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Co-operation between operations in a period: each pair that took part in the same meetings, "
            + "with its meetings, joint visits and first and last day, and the operations with none recorded; the "
            + "same as CSV with Accept: text/csv or at co-operation.csv. Without a period, the last twelve months "
            + "with data. 400 for a bad period")
    @ApiResponse(responseCode = "200", description = "The period's co-operation", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CooperationAnswer.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "A day that is not a date, or a period out of range.",
            content = @Content(mediaType = "application/problem+json"))
    CooperationAnswer cooperation(@AuthenticationPrincipal CorridorUser user,
            @Parameter(description = "First day, e.g. 2015-07-01") @RequestParam(required = false) String from,
            @Parameter(description = "Last day, e.g. 2016-06-30") @RequestParam(required = false) String to) {
        return CooperationAnswer.of(picture(user, from, to));
    }

    /** The same route asked for CSV: documented with the JSON one. */
    @GetMapping(path = "/api/v1/regional/co-operation", produces = CSV)
    @Operation(hidden = true)
    void cooperationAsCsv(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        csv(picture(user, from, to), response);
    }

    @GetMapping("/api/v1/regional/co-operation.csv")
    @Operation(summary = "Co-operation between operations as CSV: one row a pair, then one row for each operation "
            + "with none recorded (other_operation empty, counts 0)")
    @ApiResponse(responseCode = "200", description = "The pairs as CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "A day that is not a date, or a period out of range.",
            content = @Content(mediaType = "application/problem+json"))
    void cooperationCsv(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        csv(picture(user, from, to), response);
    }

    private CooperationPicture.Picture picture(CorridorUser user, String from, String to) {
        RegionalReaders.require(user);
        return cooperation.of(user, CooperationRequestRejected.period(from, to, () -> periods.of(user)));
    }

    private static void csv(CooperationPicture.Picture p, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"co-operation-" + p.period().from() + "-"
                + p.period().to() + ".csv\"");
        TableExport.csv(response.getOutputStream(), HEADERS, sink -> {
            for (CooperationPicture.Pair pair : p.pairs()) {
                sink.row(Arrays.asList(pair.operation().name(), pair.otherOperation().name(), pair.meetings(),
                        pair.jointVisits(), pair.first(), pair.last()));
            }
            for (CooperationPicture.Operation o : p.noneRecorded()) {
                sink.row(Arrays.asList(o.name(), null, 0, 0, null, null));
            }
        });
    }
}
