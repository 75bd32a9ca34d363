package org.corridor.activities;

import static org.corridor.kernel.FormValues.number;
import static org.corridor.kernel.FormValues.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.kernel.BoundDates;
import org.corridor.kernel.Problem;
import org.corridor.activities.CapacityEvent;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.activities.TargetGroup;
import org.springframework.validation.BindingResult;

/**
 * A training or workshop as typed: one row of numbers a target group, so that the form lists every
 * group and a group left blank is simply not recorded. Dates are bound by Spring; numbers stay strings until read,
 * since people type them as "1 200" or "1,200", so that what was typed comes back beside its problem.
 */
class CapacityEventForm {

    /** The numbers of one target group as typed. */
    public static class Row {
        private String target;
        private String targetWomen;
        private String targetMen;
        private String achieved;
        private String achievedWomen;
        private String achievedMen;

        boolean isBlank() {
            return List.of(text(target), text(targetWomen), text(targetMen), text(achieved), text(achievedWomen),
                    text(achievedMen)).stream().allMatch(String::isEmpty);
        }

        private static String text(String s) {
            return s == null ? "" : s.trim();
        }

        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
        public String getTargetWomen() { return targetWomen; }
        public void setTargetWomen(String targetWomen) { this.targetWomen = targetWomen; }
        public String getTargetMen() { return targetMen; }
        public void setTargetMen(String targetMen) { this.targetMen = targetMen; }
        public String getAchieved() { return achieved; }
        public void setAchieved(String achieved) { this.achieved = achieved; }
        public String getAchievedWomen() { return achievedWomen; }
        public void setAchievedWomen(String achievedWomen) { this.achievedWomen = achievedWomen; }
        public String getAchievedMen() { return achievedMen; }
        public void setAchievedMen(String achievedMen) { this.achievedMen = achievedMen; }
    }

    /** The numbers of a row, as named in the form and in the draft's problems. */
    private static final Set<String> DATES = Set.of("startsOn", "endsOn");

    static final List<String> NUMBERS = List.of("target", "targetWomen", "targetMen", "achieved", "achievedWomen",
            "achievedMen");

    private LocalDate startsOn;
    private LocalDate endsOn;
    private String locationId;
    private String place;
    private String topic;
    private long version;
    // Every group has its row from the start, so that "participants[POLICE].target" binds without growing the map.
    private Map<String, Row> participants = new LinkedHashMap<>();

    public CapacityEventForm() {
        for (TargetGroup group : TargetGroup.values()) {
            participants.put(group.name(), new Row());
        }
    }

    static CapacityEventForm of(CapacityEvent event) {
        CapacityEventForm form = new CapacityEventForm();
        form.startsOn = event.startsOn();
        form.endsOn = event.endsOn();
        form.locationId = event.locationId() == null ? null : event.locationId().toString();
        form.place = event.place();
        form.topic = event.topic();
        form.version = event.version();
        for (Participants p : event.participants()) {
            Row row = form.participants.get(p.group().name());
            row.target = string(p.target());
            row.targetWomen = string(p.targetWomen());
            row.targetMen = string(p.targetMen());
            row.achieved = string(p.achieved());
            row.achievedWomen = string(p.achievedWomen());
            row.achievedMen = string(p.achievedMen());
        }
        return form;
    }

    /** The id of a number's input, which is also the key of its problem: "POLICE-achieved". */
    static String fieldId(TargetGroup group, String number) {
        return group.name() + "-" + number;
    }

    /**
     * The draft of the typed event. What does not parse is added to {@code problems}; the draft's own
     * problems about participant lines ("participants[2].achieved") are renamed to the inputs of their group.
     */
    CapacityEventDraft toDraft(UUID activityId, BindingResult binding, List<Problem> problems) {
        BoundDates.refuseUnboundOtherThan(DATES, binding);
        List<Participants> lines = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            Row row = participants.get(group.name());
            if (row == null || row.isBlank()) {
                continue;
            }
            lines.add(new Participants(group,
                    number(row.target, fieldId(group, "target"), problems),
                    number(row.targetWomen, fieldId(group, "targetWomen"), problems),
                    number(row.targetMen, fieldId(group, "targetMen"), problems),
                    number(row.achieved, fieldId(group, "achieved"), problems),
                    number(row.achievedWomen, fieldId(group, "achievedWomen"), problems),
                    number(row.achievedMen, fieldId(group, "achievedMen"), problems)));
        }
        return new CapacityEventDraft(activityId, BoundDates.checked(startsOn, "startsOn", binding, problems),
                BoundDates.checked(endsOn, "endsOn", binding, problems),
                uuid(locationId), place, topic, lines);
    }

    /** Renames a draft's "participants[i].x" problems to the input of the i-th group typed; others pass unchanged. */
    static List<Problem> onInputs(CapacityEventDraft draft, List<Problem> problems) {
        List<Problem> renamed = new ArrayList<>();
        for (Problem p : problems) {
            String field = p.field();
            if (field != null && field.startsWith("participants[")) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring("participants[".length(), close));
                String number = field.substring(close + 2);
                TargetGroup group = draft.participants().get(index).group();
                // Each group has one line in this form, so "group" problems cannot arise; point them at the target.
                renamed.add(new Problem(fieldId(group, "group".equals(number) ? "target" : number), p.code(),
                        p.arguments()));
            } else {
                renamed.add(p);
            }
        }
        return renamed;
    }

    private static String string(Integer n) {
        return n == null ? null : n.toString();
    }

    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Map<String, Row> getParticipants() { return participants; }
    public void setParticipants(Map<String, Row> participants) { this.participants = participants; }
}
