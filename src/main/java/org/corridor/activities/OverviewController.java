package org.corridor.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.FormValues;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.activities.Activities;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.ResponseArea;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The 4W matrix (operations × response areas, gaps marked) and the capacity-building totals. */
@Controller
class OverviewController {

    private final Activities activities;
    private final Directory directory;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Sharing sharing;

    OverviewController(Activities activities, Directory directory, JsonMapper json, MessageSource messages,
            Sharing sharing) {
        this.activities = activities;
        this.directory = directory;
        this.json = json;
        this.messages = messages;
        this.sharing = sharing;
    }

    @GetMapping("/activities/matrix")
    String matrix(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String dimension, Model model) {
        List<OperationSummary> operations = directory.operations();
        LocalDate start = FormValues.date(from);
        LocalDate end = FormValues.date(to);
        Dimension chosen = FormValues.value(Dimension.class, dimension);
        model.addAttribute("rows", activities.matrix(user, operations.stream().map(OperationSummary::id).toList(),
                start, end, chosen));
        model.addAttribute("operationNames", operations.stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name)));
        model.addAttribute("areas", ResponseArea.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("dimension", chosen);
        StringBuilder period = new StringBuilder();
        if (start != null) {
            period.append("&from=").append(start);
        }
        if (end != null) {
            period.append("&to=").append(end);
        }
        if (chosen != null) {
            period.append("&dimension=").append(chosen);
        }
        model.addAttribute("periodQuery", period.toString());
        return "activities/matrix";
    }

    @GetMapping("/activities/capacity")
    String capacity(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        UUID operationId = FormValues.uuid(operation);
        var totals = activities.capacityTotals(user, operationId, FormValues.date(from),
                FormValues.date(to));
        List<OperationSummary> operations = directory.operations();
        // Operations shown whose figures the user may not read and of which nothing is shared with them: said so,
        // never left out as if they had trained nobody.
        ReadScope scope = sharing.scopeOf(user);
        List<UUID> shown = operationId == null ? operations.stream().map(OperationSummary::id).toList()
                : operations.stream().map(OperationSummary::id).filter(operationId::equals).toList();
        List<OperationSummary> notShared = operations.stream()
                .filter(o -> shown.contains(o.id()) && !scope.mayReadFigures(o.id()))
                .filter(o -> totals.stream().noneMatch(t -> t.operationId().equals(o.id()))).toList();
        model.addAttribute("totals", totals);
        model.addAttribute("notShared", notShared);
        model.addAttribute("partial", totals.stream().anyMatch(t -> !t.figuresShared()));
        model.addAttribute("mayRecord", user.mayRecordAnywhere());
        model.addAttribute("operations", operations);
        model.addAttribute("operationNames", operations.stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name)));
        model.addAttribute("operation", operationId);
        model.addAttribute("from", FormValues.date(from));
        model.addAttribute("to", FormValues.date(to));
        // Chart series: per target group, summed over the operations shown.
        Map<TargetGroup, long[]> byGroup = new LinkedHashMap<>();
        totals.forEach(t -> {
            long[] sums = byGroup.computeIfAbsent(t.group(), g -> new long[2]);
            sums[0] += t.target();
            sums[1] += t.achieved();
        });
        List<Map<String, Object>> series = new ArrayList<>();
        // The chart names the groups as the table does, not by their codes.
        byGroup.forEach((group, sums) -> series.add(Map.of("group", group.name(), "label", messages.getMessage(
                "capacity.value.TargetGroup." + group, null, group.name(), LocaleContextHolder.getLocale()),
                "target", sums[0], "achieved", sums[1])));
        model.addAttribute("seriesJson", json.writeValueAsString(series));
        return "activities/capacity";
    }
}
