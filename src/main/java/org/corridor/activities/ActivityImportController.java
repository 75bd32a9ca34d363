package org.corridor.activities;

import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportKind;
import org.corridor.interchange.ImportPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Upload of a file of activities (check only, or import), and the report of an import as a page and as CSV. */
@Controller
@RequestMapping(ActivityImportController.PATH)
class ActivityImportController extends ImportPages {

    static final String PATH = "/activities/import";

    private final ActivityImport activityImport;

    ActivityImportController(ActivityImport activityImport, ImportJobs jobs, Directory directory,
            UserAccounts accounts) {
        super(ImportKind.ACTIVITIES, PATH, jobs, directory, accounts);
        this.activityImport = activityImport;
    }

    @Override
    protected UUID importFile(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun) {
        return activityImport.importFile(user, operationId, file, dryRun).jobId();
    }

    @Override
    protected String templates() {
        return "activities";
    }

    @Override
    protected String messages() {
        return "activity";
    }

    @Override
    protected String records() {
        return "activities";
    }

    @Override
    protected void addToForm(Model model) {
        model.addAttribute("columns", ActivityTable.Column.values());
    }
}
