package org.corridor.flows;

import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportKind;
import org.corridor.interchange.ImportPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Upload of a file of flow counts (check only, or import), and the report of an import as a page and as CSV. */
@Controller
@RequestMapping(FlowImportController.PATH)
class FlowImportController extends ImportPages {

    static final String PATH = "/flows/import";

    private final FlowImport flowImport;

    FlowImportController(FlowImport flowImport, ImportJobs jobs, Directory directory, UserAccounts accounts) {
        super(ImportKind.FLOWS, PATH, jobs, directory, accounts);
        this.flowImport = flowImport;
    }

    @Override
    protected UUID importFile(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun) {
        return flowImport.importFile(user, operationId, file, dryRun, null).jobId();
    }

    @Override
    protected String templates() {
        return "flows";
    }

    @Override
    protected String messages() {
        return "flow";
    }

    @Override
    protected String records() {
        return "flow counts";
    }

    /** A flow import's progress and report: for who started it, the members of its operation, and administrators. */
    @Override
    protected boolean mayView(CorridorUser user, ImportJobs.ImportJob job) {
        return mayViewFlowImport(user, job);
    }

    static boolean mayViewFlowImport(CorridorUser user, ImportJobs.ImportJob job) {
        return job.kind() == ImportKind.FLOWS && (user.id().equals(job.startedBy()) || user.isAdmin()
                || (job.operationId() != null && user.isMemberOf(job.operationId())));
    }
}
