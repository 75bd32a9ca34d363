package org.corridor.flows;

import java.util.Map;
import java.util.LinkedHashMap;
import static org.corridor.kernel.FormValues.blank;
import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.number;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.value;

import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.PeriodKind;
import org.corridor.kernel.Problem;

/** The flow count form as typed. */
class FlowCountForm {

    private String operationId;
    private String periodKind = PeriodKind.DAY.name();
    private String periodStart;
    private String countryId;
    private String locationId;
    private String direction = Direction.ENTRY.name();
    private String sourceOrganisationId;
    private String total;
    private String men;
    private String women;
    private String children;
    private String unaccompaniedMinors;
    private String nationalities;
    /** Preselected with the operation's default level for new records (the controller sets it). */
    private String distributionLevel;
    private long version;

    static FlowCountForm of(FlowCount count) {
        FlowCountForm form = new FlowCountForm();
        form.operationId = text(count.operationId());
        form.periodKind = count.periodKind().name();
        form.periodStart = text(count.periodStart());
        form.countryId = text(count.countryId());
        form.locationId = text(count.locationId());
        form.direction = count.direction().name();
        form.sourceOrganisationId = text(count.sourceOrganisationId());
        form.total = text(count.total());
        form.men = text(count.men());
        form.women = text(count.women());
        form.children = text(count.children());
        form.unaccompaniedMinors = text(count.unaccompaniedMinors());
        form.nationalities = nationalities(count.nationalities());
        form.distributionLevel = count.distributionLevel().name();
        form.version = count.version();
        return form;
    }

    FlowCountDraft toDraft(List<Problem> problems) {
        return new FlowCountDraft(uuid(operationId), value(PeriodKind.class, periodKind),
                date(periodStart, "periodStart", problems), null, uuid(countryId), uuid(locationId),
                value(Direction.class, direction), uuid(sourceOrganisationId), number(total, "total", problems),
                number(men, "men", problems), number(women, "women", problems), number(children, "children", problems),
                number(unaccompaniedMinors, "unaccompaniedMinors", problems),
                nationalities(nationalities, problems), value(DistributionLevel.class, distributionLevel));
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getPeriodKind() { return periodKind; }
    public void setPeriodKind(String periodKind) { this.periodKind = periodKind; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String periodStart) { this.periodStart = periodStart; }
    public String getCountryId() { return countryId; }
    public void setCountryId(String countryId) { this.countryId = countryId; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getSourceOrganisationId() { return sourceOrganisationId; }
    public void setSourceOrganisationId(String sourceOrganisationId) { this.sourceOrganisationId = sourceOrganisationId; }
    public String getTotal() { return total; }
    public void setTotal(String total) { this.total = total; }
    public String getMen() { return men; }
    public void setMen(String men) { this.men = men; }
    public String getWomen() { return women; }
    public void setWomen(String women) { this.women = women; }
    public String getChildren() { return children; }
    public void setChildren(String children) { this.children = children; }
    public String getUnaccompaniedMinors() { return unaccompaniedMinors; }
    public void setUnaccompaniedMinors(String unaccompaniedMinors) { this.unaccompaniedMinors = unaccompaniedMinors; }
    public String getNationalities() { return nationalities; }
    public void setNationalities(String nationalities) { this.nationalities = nationalities; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** Lines of CODE=number (or CODE number, CODE: number), as typed in the nationalities box. */
    private static Map<String, Integer> nationalities(String value, List<Problem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (blank(value)) {
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
