package org.corridor.reports;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.corridor.kernel.Region;
import org.corridor.kernel.StaleRecord;

/**
 * A save refused because someone saved the report after the version the user read: says who, when, and which
 * sections they changed, so the page can keep what the user typed and tell them what to look at.
 *
 * @param savedBy who saved the later version
 * @param savedAt when
 * @param changedSections the headings of the sections they changed, added or removed; empty when they only moved
 *     the report along its review (then {@code statusChange} says how)
 */
public class ReportChangedMeanwhile extends StaleRecord {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm")
            .withZone(Region.ZONE);

    private final String savedBy;
    private final Instant savedAt;
    private final List<String> changedSections;
    private final String statusChange;

    public ReportChangedMeanwhile(long currentVersion, String savedBy, Instant savedAt, List<String> changedSections,
            String statusChange) {
        super(currentVersion);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.changedSections = List.copyOf(changedSections);
        this.statusChange = statusChange;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public List<String> changedSections() {
        return changedSections;
    }

    /** What a reviewer did meanwhile ("submitted it for review"), or null when someone edited its text. */
    public String statusChange() {
        return statusChange;
    }

    /** The sentence the page and the API show. */
    @Override
    public String getMessage() {
        String who = savedBy + " saved this report on " + WHEN.format(savedAt) + ", after the version you opened";
        if (statusChange != null) {
            return savedBy + " " + statusChange + " on " + WHEN.format(savedAt)
                    + ", after the version you opened. Your text was not saved; copy it, reload the report and see whether it may still be changed.";
        }
        if (changedSections.isEmpty()) {
            return who + ", changing its details (title, period, level or authors). Your text was not saved: "
                    + "reload the report and make your change again.";
        }
        return who + ", and changed: " + String.join(", ", changedSections)
                + ". Your text was not saved: compare it with theirs, reload the report and make your change again.";
    }
}
