package org.corridor.activities;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;

/** An activity as entered (form, API or import); {@link #problems()} lists every broken rule at once. */
public record ActivityDraft(UUID operationId, @Schema(maxLength = TITLE_LENGTH) String title, @Schema(maxLength = TextLimits.PARAGRAPH) String description, ResponseArea responseArea,
        Set<Dimension> dimensions, ActivityKind kind, Funding funding, @Schema(maxLength = TextLimits.LINE) String donor, @Schema(maxLength = TextLimits.LINE) String projectCode,
        ActivityStatus status, LocalDate startsOn, LocalDate endsOn, List<UUID> locationIds, List<Partner> partners,
        @ArraySchema(maxItems = TextLimits.ITEMS) List<Document> documents, DistributionLevel distributionLevel,
        @Schema(description = "Part of the operation's response to migration (true), or its regular work outside it"
                + " (false), which the matrix of the response does not count. Left out: true for a new activity, unchanged"
                + " for a change.", nullable = true) Boolean migrationResponse) {

    /** A draft that leaves the activity's place in the migration response as it is (a new one is part of it). */
    public ActivityDraft(UUID operationId, String title, String description, ResponseArea responseArea,
            Set<Dimension> dimensions, ActivityKind kind, Funding funding, String donor, String projectCode,
            ActivityStatus status, LocalDate startsOn, LocalDate endsOn, List<UUID> locationIds, List<Partner> partners,
            List<Document> documents, DistributionLevel distributionLevel) {
        this(operationId, title, description, responseArea, dimensions, kind, funding, donor, projectCode, status,
                startsOn, endsOn, locationIds, partners, documents, distributionLevel, null);
    }

    /** An activity's title names it in lists and the IATI file; longer than a line since project names are. */
    public static final int TITLE_LENGTH = 300;

    public record Partner(UUID organisationId, PartnerRole role) {
    }

    /** A document about the activity: a URL or a reference such as a file number. */
    public record Document(@Schema(maxLength = TextLimits.LINE) String title, @Schema(maxLength = TextLimits.PARAGRAPH) String reference) {
    }

    public ActivityDraft {
        dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
        locationIds = locationIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(locationIds));
        partners = partners == null ? List.of() : List.copyOf(partners);
        documents = documents == null ? List.of() : List.copyOf(documents);
        title = blankToNull(title);
        description = blankToNull(description);
        donor = blankToNull(donor);
        projectCode = blankToNull(projectCode);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public DistributionLevel level() {
        return distributionLevel == null ? DistributionLevel.OPERATION : distributionLevel;
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (operationId == null) {
            problems.add(new Problem("operationId", "activity.error.operation"));
        }
        if (title == null) {
            problems.add(new Problem("title", "activity.error.title"));
        } else if (title.length() > TITLE_LENGTH) {
            problems.add(new Problem("title", "activity.error.titleTooLong"));
        }
        TextLimits.check(problems, "description", description, TextLimits.PARAGRAPH);
        TextLimits.check(problems, "donor", donor, TextLimits.LINE);
        TextLimits.check(problems, "projectCode", projectCode, TextLimits.LINE);
        if (responseArea == null) {
            problems.add(new Problem("responseArea", "activity.error.responseArea"));
        }
        if (dimensions.isEmpty()) {
            problems.add(new Problem("dimensions", "activity.error.dimensions"));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "activity.error.kind"));
        }
        if (funding == Funding.EXTRA_BUDGETARY && donor == null) {
            problems.add(new Problem("donor", "activity.error.donor"));
        }
        if (status == null) {
            problems.add(new Problem("status", "activity.error.status"));
        }
        if (startsOn == null) {
            problems.add(new Problem("startsOn", "activity.error.startsOn"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "activity.error.endsBeforeStart"));
        }
        if (locationIds.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new Problem("locationIds", "activity.error.location"));
        }
        Set<Partner> seen = new HashSet<>();
        for (Partner partner : partners) {
            if (partner == null || partner.organisationId() == null || partner.role() == null) {
                problems.add(new Problem("partners", "activity.error.partner"));
                break;
            }
            if (!seen.add(partner)) {
                problems.add(new Problem("partners", "activity.error.partnerTwice"));
                break;
            }
        }
        if (documents.size() > TextLimits.ITEMS) {
            problems.add(new Problem("documents", TextLimits.TOO_MANY, TextLimits.ITEMS, documents.size()));
        }
        for (int i = 0; i < documents.size() && i < TextLimits.ITEMS; i++) {
            Document document = documents.get(i);
            if (document == null || blankToNull(document.title()) == null || blankToNull(document.reference()) == null) {
                problems.add(new Problem("documents", "activity.error.document"));
                break;
            }
            if (TextLimits.check(problems, "documents[" + i + "].title", document.title().trim(), TextLimits.LINE)
                    | TextLimits.check(problems, "documents[" + i + "].reference", document.reference().trim(),
                            TextLimits.PARAGRAPH)) {
                break;
            }
        }
        return problems;
    }
}
