package org.corridor.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.kernel.Problem;
import org.corridor.kernel.WholeNumber;
import org.springframework.validation.Errors;

/**
 * A training or workshop, bound by Spring: one row of numbers a target group, so that the form lists every group and
 * a group left blank is simply not recorded. Numbers are whole numbers as people type them ("1 200", "1,200"); what
 * did not convert comes back as typed beside its problem.
 */
class CapacityEventForm {

    /** The numbers of one target group. */
    public static class Row {
        @WholeNumber
        private Integer target;
        @WholeNumber
        private Integer targetWomen;
        @WholeNumber
        private Integer targetMen;
        @WholeNumber
        private Integer achieved;
        @WholeNumber
        private Integer achievedWomen;
        @WholeNumber
        private Integer achievedMen;

        boolean isBlank() {
            return Stream.of(target, targetWomen, targetMen, achieved, achievedWomen, achievedMen)
                    .allMatch(n -> n == null);
        }

        public Integer getTarget() { return target; }
        public void setTarget(Integer target) { this.target = target; }
        public Integer getTargetWomen() { return targetWomen; }
        public void setTargetWomen(Integer targetWomen) { this.targetWomen = targetWomen; }
        public Integer getTargetMen() { return targetMen; }
        public void setTargetMen(Integer targetMen) { this.targetMen = targetMen; }
        public Integer getAchieved() { return achieved; }
        public void setAchieved(Integer achieved) { this.achieved = achieved; }
        public Integer getAchievedWomen() { return achievedWomen; }
        public void setAchievedWomen(Integer achievedWomen) { this.achievedWomen = achievedWomen; }
        public Integer getAchievedMen() { return achievedMen; }
        public void setAchievedMen(Integer achievedMen) { this.achievedMen = achievedMen; }
    }

    /** The numbers of a row, as named in the form and in the draft's problems. */
    static final List<String> NUMBERS = List.of("target", "targetWomen", "targetMen", "achieved", "achievedWomen",
            "achievedMen");

    private LocalDate startsOn;
    private LocalDate endsOn;
    private UUID locationId;
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
        form.locationId = event.locationId();
        form.place = event.place();
        form.topic = event.topic();
        form.version = event.version();
        for (Participants p : event.participants()) {
            Row row = form.participants.get(p.group().name());
            row.target = p.target();
            row.targetWomen = p.targetWomen();
            row.targetMen = p.targetMen();
            row.achieved = p.achieved();
            row.achievedWomen = p.achievedWomen();
            row.achievedMen = p.achievedMen();
        }
        return form;
    }

    /** The id of a number's input, which is also the key of its problem: "POLICE-achieved". */
    static String fieldId(TargetGroup group, String number) {
        return group.name() + "-" + number;
    }

    /** The property a number of a group is bound to: "participants[POLICE].achieved". */
    static String property(TargetGroup group, String number) {
        return "participants[" + group.name() + "]." + number;
    }

    /**
     * The draft of the event as bound. A group with a number that did not convert is typed, not blank: it is in the
     * draft (its number null), so that the draft's own rules about its line are listed beside it too.
     */
    CapacityEventDraft toDraft(UUID activityId, Errors binding) {
        List<Participants> lines = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            Row row = participants.get(group.name());
            if (row == null || row.isBlank() && !binding.hasFieldErrors("participants[" + group.name() + "].*")) {
                continue;
            }
            lines.add(new Participants(group, row.target, row.targetWomen, row.targetMen, row.achieved,
                    row.achievedWomen, row.achievedMen));
        }
        return new CapacityEventDraft(activityId, startsOn, endsOn, locationId, place, topic, lines);
    }

    /** Renames the problems of numbers that did not convert ("participants[POLICE].target") to their inputs. */
    static List<Problem> unconverted(List<Problem> problems) {
        List<Problem> renamed = new ArrayList<>();
        for (Problem p : problems) {
            String field = p.field();
            if (field != null && field.startsWith("participants[")) {
                int close = field.indexOf(']');
                renamed.add(new Problem(field.substring("participants[".length(), close) + "-"
                        + field.substring(close + 2), p.code(), p.arguments()));
            } else {
                renamed.add(p);
            }
        }
        return renamed;
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

    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Map<String, Row> getParticipants() { return participants; }
    public void setParticipants(Map<String, Row> participants) { this.participants = participants; }
}
