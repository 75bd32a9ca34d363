package org.corridor.monitoring;

import org.corridor.kernel.Region;
import org.corridor.kernel.RecordPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.interchange.TableExport;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.VisitDraft;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** CSV and XLSX of the plans, assessments and deployments lists, filtered as the page is. */
@Controller
class RecordExportController {

    private static final int PAGE = 500;

    private final MonitoringPlans plans;
    private final PreparednessAssessments assessments;
    private final TemporaryDeployments deployments;
    private final Directory directory;

    RecordExportController(MonitoringPlans plans, PreparednessAssessments assessments, TemporaryDeployments deployments,
            Directory directory) {
        this.plans = plans;
        this.assessments = assessments;
        this.deployments = deployments;
        this.directory = directory;
    }

    /** Fetches one page of the user's records. */
    private interface Pages<T> {
        RecordPage<T> page(int number);
    }

    @GetMapping({"/monitoring/plans.csv", "/monitoring/plans.xlsx"})
    void plans(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Names names = names();
        write(request, response, "monitoring-plans", "Plans",
                List.of("id", "operation", "location_code", "location", "unit", "target_per_week", "valid_from",
                        "valid_to", "note", "distribution_level", "version"),
                number -> plans.list(user, operation, number, PAGE),
                p -> Arrays.asList(p.id().toString(), names.operation(p.operationId()), names.locationCode(p.locationId()),
                        names.location(p.locationId()), p.unit().name(), p.targetPerWeek(), p.validFrom(), p.validTo(),
                        p.note(), p.distributionLevel().name(), p.version()));
    }

    @GetMapping({"/monitoring/assessments.csv", "/monitoring/assessments.xlsx"})
    void assessments(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Names names = names();
        write(request, response, "preparedness-assessments", "Assessments",
                List.of("id", "operation", "authority", "location_code", "location", "area", "assessed_on", "rating",
                        "contingency_plan", "source", "narrative", "distribution_level", "version"),
                number -> assessments.list(user, operation, number, PAGE),
                a -> Arrays.asList(a.id().toString(), names.operation(a.operationId()), a.authority(),
                        names.locationCode(a.locationId()), names.location(a.locationId()), a.area(), a.assessedOn(),
                        a.rating().name(), a.contingencyPlan().name(), a.source().name(), a.narrative(),
                        a.distributionLevel().name(), a.version()));
    }

    @GetMapping({"/monitoring/deployments.csv", "/monitoring/deployments.xlsx"})
    void deployments(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Names names = names();
        write(request, response, "temporary-deployments", "Deployments",
                List.of("id", "operation", "location_code", "location", "officers", "from", "to", "premises", "purpose",
                        "distribution_level", "version"),
                number -> deployments.list(user, operation, number, PAGE),
                d -> Arrays.asList(d.id().toString(), names.operation(d.operationId()), names.locationCode(d.locationId()),
                        names.location(d.locationId()), d.officers(), d.fromDate(), d.toDate(), d.premises().name(),
                        d.purpose(), d.distributionLevel().name(), d.version()));
    }

    private <T> void write(HttpServletRequest request, HttpServletResponse response, String fileName, String sheet,
            List<String> headers, Pages<T> pages, Function<T, List<Object>> row) throws IOException {
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        String name = fileName + "-" + LocalDate.now(Region.ZONE) + (xlsx ? ".xlsx" : ".csv");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        TableExport.RowSource rows = sink -> {
            for (int number = 0; ; number++) {
                RecordPage<T> page = pages.page(number);
                for (T item : page.items()) {
                    sink.row(row.apply(item));
                }
                if (number + 1 >= page.totalPages()) {
                    break;
                }
            }
        };
        if (xlsx) {
            TableExport.xlsx(response.getOutputStream(), sheet, headers, rows);
        } else {
            TableExport.csv(response.getOutputStream(), headers, rows);
        }
    }

    private Names names() {
        return new Names(directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::code, (a, b) -> a)),
                directory.locations().stream().collect(Collectors.toMap(LocationSummary::id, l -> l, (a, b) -> a)));
    }

    /** Codes and names of operations and places, looked up once per export. */
    private record Names(Map<UUID, String> operations, Map<UUID, LocationSummary> locations) {
        String operation(UUID id) {
            return operations.get(id);
        }

        String locationCode(UUID id) {
            return id == null || !locations.containsKey(id) ? null : locations.get(id).code();
        }

        String location(UUID id) {
            return id == null || !locations.containsKey(id) ? null : locations.get(id).name();
        }
    }
}
