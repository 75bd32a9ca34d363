package org.corridor.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that says where each kind of audited record is read: its page by id, or, for kinds with no page of
 * their own (plans, deployments, route events, action points), the list that shows it. Each target page applies the
 * read rule itself; a link only saves the reader finding the record. The order is the record-kind filter's order.
 */
final class RecordPages {

    /** Kind (as modules write it into the log) to the page's path: {id}, {operation} or a stored field in braces. */
    static final Map<String, String> PATHS = paths();

    /** Kinds whose pages only administrators open (accounts): no link for anyone else. */
    private static final Set<String> ADMINISTRATORS_ONLY = Set.of(AuditController.ACCOUNT_RECORD_TYPE, "api_token");

    private RecordPages() {
    }

    private static Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("monitoring_visit", "/monitoring/visits/{id}");
        paths.put("preparedness_assessment", "/monitoring/assessments/{id}");
        paths.put("monitoring_plan", "/monitoring/plans?operation={operation}");
        paths.put("temporary_deployment", "/monitoring/deployments?operation={operation}");
        paths.put("flow_count", "/flows/counts/{id}");
        paths.put("flow_count_import", "/flows/import/{id}");
        paths.put("route_event", "/flows/events");
        paths.put("meeting", "/liaison/meetings/{id}");
        paths.put("meeting_series", "/liaison/series/{id}");
        paths.put("action_point", "/liaison/action-points?operation={operation}");
        paths.put("activity", "/activities/{id}");
        paths.put("capacity_event", "/activities/{activityId}");
        paths.put("report", "/reports/{id}");
        paths.put("report comment", null);
        paths.put("alert", "/alerts/{id}");
        paths.put("alert_subscription", null);
        paths.put("sharing_policy", null);
        paths.put("public_figures_export", null);
        paths.put("field_operation", "/directory/operations/{id}");
        paths.put("office", null);
        paths.put("country", "/directory/countries/{id}");
        paths.put("location", "/directory/locations/{id}");
        paths.put("partner_organisation", "/directory/organisations/{id}");
        paths.put("user", "/admin/users/{id}");
        paths.put("api_token", null);
        return paths;
    }

    /** The kinds the record-kind filter offers. */
    static Set<String> kinds() {
        return PATHS.keySet();
    }

    /**
     * The path of the entry's record for this reader, or null where the kind has no page, the reader may not open it,
     * or a part the path needs is missing. {@code content}: the stored state the reader may read (null if withheld).
     */
    static String of(AuditEntry entry, String content, boolean readerManagesAccounts) {
        String path = PATHS.get(entry.recordType());
        if (path == null || (ADMINISTRATORS_ONLY.contains(entry.recordType()) && !readerManagesAccounts)) {
            return null;
        }
        String id = entry.recordId() == null || "null".equals(entry.recordId()) ? null : entry.recordId();
        StringBuilder built = new StringBuilder();
        int at = 0;
        while (at < path.length()) {
            int open = path.indexOf('{', at);
            if (open < 0) {
                built.append(path, at, path.length());
                break;
            }
            int close = path.indexOf('}', open);
            built.append(path, at, open);
            String name = path.substring(open + 1, close);
            String part = switch (name) {
                case "id" -> id;
                case "operation" -> entry.operationId() == null ? null : entry.operationId().toString();
                default -> content == null ? null : ChangedFields.field(content, name);
            };
            if (part == null || !isId(part)) {
                return null;
            }
            built.append(part);
            at = close + 1;
        }
        return built.toString();
    }

    /** Only ids go into a path: the stored content is data, never trusted to shape a URL. */
    private static boolean isId(String part) {
        try {
            UUID.fromString(part);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
