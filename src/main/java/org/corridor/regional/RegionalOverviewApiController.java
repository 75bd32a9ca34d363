package org.corridor.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corridor.accounts.CorridorUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The regional overview as JSON, and as CSV with one row per operation and figure; the page's numbers. */
@RestController
@Tag(name = "Regional picture")
class RegionalOverviewApiController {

    static final String NOT_SHARED = "not shared";

    private final RegionalOverview overview;
    private final RegionalPeriod.Defaults defaults;

    RegionalOverviewApiController(RegionalOverview overview, RegionalPeriod.Defaults defaults) {
        this.overview = overview;
        this.defaults = defaults;
    }

    @Operation(summary = "Each field operation's figures, engagement class with its evidence, and gaps for a period "
            + "(days inclusive; default: the last twelve months with data the caller reads). A null figure is not "
            + "shared with the caller, never zero. 400 (problem+json) for a bad period.")
    @GetMapping(value = "/api/v1/regional/overview", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> overview(@AuthenticationPrincipal CorridorUser user,
            @Parameter(description = "first day, ISO date") @RequestParam(required = false) String from,
            @Parameter(description = "last day, ISO date") @RequestParam(required = false) String to) {
        RegionalOverviewPeriod asked = read(user, from, to);
        if (!asked.ok()) {
            return badPeriod(asked);
        }
        return ResponseEntity.ok(overview.of(user, asked.period().from(), asked.period().to()));
    }

    @Operation(summary = "The overview as CSV: one row per operation and figure (operation, figure, value); "
            + "'not shared' where the figure is not shared with the caller.")
    @GetMapping(value = {"/api/v1/regional/overview.csv", "/api/v1/regional/overview"}, produces = "text/csv")
    ResponseEntity<?> csv(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        RegionalOverviewPeriod asked = read(user, from, to);
        if (!asked.ok()) {
            return badPeriod(asked);
        }
        RegionalOverview.Overview result = overview.of(user, asked.period().from(), asked.period().to());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"regional-overview-" + result.from() + "-"
                + result.to() + ".csv\"");
        PrintWriter writer = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("operation", "code", "figure", "value", "from", "to");
            for (RegionalOverview.OperationOverview row : result.operations()) {
                for (Map.Entry<String, String> figure : figures(row)) {
                    csv.printRecord(row.name(), row.code(), figure.getKey(), figure.getValue(), result.from(),
                            result.to());
                }
            }
        }
        return null;
    }

    /** The figures of a row, named as the CSV names them; the same values as the JSON. */
    static List<Map.Entry<String, String>> figures(RegionalOverview.OperationOverview row) {
        List<Map.Entry<String, String>> figures = new ArrayList<>();
        for (org.corridor.directory.ResponseArea area : org.corridor.directory.ResponseArea.values()) {
            figures.add(Map.entry("activities." + area, row.activitiesByArea() == null ? NOT_SHARED
                    : String.valueOf(row.activitiesByArea().getOrDefault(area, 0L))));
        }
        figures.add(figure("newActivities", row.newActivities()));
        figures.add(figure("visits", row.visits()));
        figures.add(figure("baselineVisits", row.baselineVisits()));
        figures.add(figure("locationWeeksBelowTarget", row.locationWeeksBelowTarget()));
        for (org.corridor.reports.ReportType type : org.corridor.reports.ReportType.values()) {
            if (type != org.corridor.reports.ReportType.REGIONAL) {
                figures.add(Map.entry("reports." + type, row.reportsByType() == null ? NOT_SHARED
                        : String.valueOf(row.reportsByType().getOrDefault(type, 0L))));
            }
        }
        figures.add(figure("meetings", row.meetings()));
        figures.add(figure("assessments", row.assessments()));
        figures.add(figure("deployments", row.deployments()));
        figures.add(figure("flowPersons", row.flowPersons()));
        figures.add(Map.entry("engagement", row.engagement() == null ? NOT_SHARED : row.engagement().name()));
        return figures;
    }

    private static Map.Entry<String, String> figure(String name, Object value) {
        return Map.entry(name, value == null ? NOT_SHARED : String.valueOf(value));
    }

    private RegionalOverviewPeriod read(CorridorUser user, String from, String to) {
        RegionalReaders.require(user);
        return RegionalOverviewPeriod.read(from, to, user, defaults);
    }

    private static ResponseEntity<ProblemDetail> badPeriod(RegionalOverviewPeriod asked) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, asked.message());
        problem.setTitle("Bad period");
        problem.setProperty("field", asked.field());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
