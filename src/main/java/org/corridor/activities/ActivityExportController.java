package org.corridor.activities;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.corridor.accounts.CorridorUser;
import org.corridor.activities.ActivityTable;
import org.corridor.interchange.TableExport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The activities list, filtered as the page is, as CSV, XLSX and HXL-tagged CSV: one row an activity, in the
 * columns the activities import reads back.
 */
@Controller
class ActivityExportController {

    private final ActivityTable table;

    ActivityExportController(ActivityTable table) {
        this.table = table;
    }

    @GetMapping("/activities.csv")
    void csv(@AuthenticationPrincipal CorridorUser user, @ModelAttribute ActivityController.Filter filter,
            HttpServletResponse response) throws IOException {
        attachment(response, "text/csv;charset=UTF-8", "activities-" + LocalDate.now() + ".csv");
        TableExport.csv(response.getOutputStream(), ActivityTable.headers(),
                sink -> table.rows(user, filter.toFilter(), false, sink));
    }

    /** The hashtag row comes right under the header row, as HXL has it. */
    @GetMapping("/activities.hxl.csv")
    void hxl(@AuthenticationPrincipal CorridorUser user, @ModelAttribute ActivityController.Filter filter,
            HttpServletResponse response) throws IOException {
        attachment(response, "text/csv;charset=UTF-8", "activities-hxl-" + LocalDate.now() + ".csv");
        TableExport.hxl(response.getOutputStream(), ActivityTable.headers(), ActivityTable.hxlTags(),
                sink -> table.rows(user, filter.toFilter(), false, sink));
    }

    @GetMapping("/activities.xlsx")
    void xlsx(@AuthenticationPrincipal CorridorUser user, @ModelAttribute ActivityController.Filter filter,
            HttpServletResponse response) throws IOException {
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "activities-" + LocalDate.now() + ".xlsx");
        TableExport.xlsx(response.getOutputStream(), "Activities", ActivityTable.headers(),
                sink -> table.rows(user, filter.toFilter(), true, sink));
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
