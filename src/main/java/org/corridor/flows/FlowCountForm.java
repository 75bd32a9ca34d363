package org.corridor.flows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Problem;
import org.corridor.kernel.WholeNumber;

/**
 * The flow count form, bound by Spring; what did not convert comes back as typed beside its problem. The
 * nationalities box is text with a format of its own, read here.
 */
class FlowCountForm {

    private UUID operationId;
    private PeriodKind periodKind = PeriodKind.DAY;
    private LocalDate periodStart;
    private UUID countryId;
    private UUID locationId;
    private Direction direction = Direction.ENTRY;
    private UUID sourceOrganisationId;
    @WholeNumber
    private Integer total;
    @WholeNumber
    private Integer men;
    @WholeNumber
    private Integer women;
    @WholeNumber
    private Integer children;
    @WholeNumber
    private Integer unaccompaniedMinors;
    private String nationalities;
    private DistributionLevel distributionLevel;
    private long version;

    static FlowCountForm of(FlowCount count) {
        FlowCountForm form = new FlowCountForm();
        form.operationId = count.operationId();
        form.periodKind = count.periodKind();
        form.periodStart = count.periodStart();
        form.countryId = count.countryId();
        form.locationId = count.locationId();
        form.direction = count.direction();
        form.sourceOrganisationId = count.sourceOrganisationId();
        form.total = count.total();
        form.men = count.men();
        form.women = count.women();
        form.children = count.children();
        form.unaccompaniedMinors = count.unaccompaniedMinors();
        form.nationalities = nationalities(count.nationalities());
        form.distributionLevel = count.distributionLevel();
        form.version = count.version();
        return form;
    }

    /** A new count's form: a day from today, at the operation's default level. */
    static FlowCountForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        FlowCountForm form = new FlowCountForm();
        form.operationId = operationId;
        form.periodStart = today;
        form.distributionLevel = level;
        return form;
    }

    /** The draft; a nationalities box not in its format is a problem in {@code problems}. */
    FlowCountDraft toDraft(List<Problem> problems) {
        return new FlowCountDraft(operationId, periodKind, periodStart, null, countryId, locationId, direction,
                sourceOrganisationId, total, men, women, children, unaccompaniedMinors,
                nationalities(nationalities, problems), distributionLevel);
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public PeriodKind getPeriodKind() { return periodKind; }
    public void setPeriodKind(PeriodKind periodKind) { this.periodKind = periodKind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public UUID getCountryId() { return countryId; }
    public void setCountryId(UUID countryId) { this.countryId = countryId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public UUID getSourceOrganisationId() { return sourceOrganisationId; }
    public void setSourceOrganisationId(UUID sourceOrganisationId) { this.sourceOrganisationId = sourceOrganisationId; }
    public Integer getTotal() { return total; }
    public void setTotal(Integer total) { this.total = total; }
    public Integer getMen() { return men; }
    public void setMen(Integer men) { this.men = men; }
    public Integer getWomen() { return women; }
    public void setWomen(Integer women) { this.women = women; }
    public Integer getChildren() { return children; }
    public void setChildren(Integer children) { this.children = children; }
    public Integer getUnaccompaniedMinors() { return unaccompaniedMinors; }
    public void setUnaccompaniedMinors(Integer unaccompaniedMinors) { this.unaccompaniedMinors = unaccompaniedMinors; }
    public String getNationalities() { return nationalities; }
    public void setNationalities(String nationalities) { this.nationalities = nationalities; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** Lines of CODE=number (or CODE number, CODE: number), as typed in the nationalities box. */
    private static Map<String, Integer> nationalities(String value, List<Problem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return counts;
        }
        for (String line : value.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s*[=:\\s]\\s*", 2);
            if (parts.length != 2) {
                problems.add(new Problem("nationalities", "flow.error.nationalitiesFormat"));
                return counts;
            }
            try {
                counts.merge(parts[0], Integer.valueOf(parts[1].trim().replace(",", "")), Integer::sum);
            } catch (NumberFormatException e) {
                problems.add(new Problem("nationalities", "flow.error.nationalitiesFormat"));
                return counts;
            }
        }
        return counts;
    }

    private static String nationalities(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((code, count) -> text.append(code).append('=').append(count).append('\n'));
        return text.toString().trim();
    }
}
