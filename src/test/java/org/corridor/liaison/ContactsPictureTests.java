package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactsPictureTests {

    private static final List<String> OPERATIONS = List.of("OSCE Mission to Skopje", "OSCE Mission to Serbia",
            "OSCE Mission to Bosnia and Herzegovina", "OSCE Mission to Montenegro", "OSCE Mission in Kosovo",
            "OSCE Presence in Albania");

    private static final List<String> ORGANISATIONS = List.of("Red Cross of the Republic of North Macedonia",
            "UNHCR", "IOM", "Ministry of Interior of the Republic of Serbia", "Commissariat for Refugees and Migration",
            "Médecins Sans Frontières", "WHO", "UNICEF", "Legis", "Crisis Management Centre of the Republic of North "
                    + "Macedonia", "Hungarian Helsinki Committee", "Border Police Directorate of Montenegro",
            "Ministry of Security of Bosnia and Herzegovina", "Kosovo Police Border Directorate",
            "Albanian State Police Border and Migration Department", "Save the Children", "Mercy Corps",
            "Macedonian Young Lawyers Association", "Belgrade Centre for Human Rights", "Praxis");

    private static Map<UUID, String> named(List<String> names) {
        Map<UUID, String> byId = new LinkedHashMap<>();
        names.forEach(n -> byId.put(UUID.randomUUID(), n));
        return byId;
    }

    /** Every operation met every organisation and every other operation: the densest picture there can be. */
    private static ContactsPicture everyoneMeetingEveryone(List<String> operationNames, List<String> organisationNames) {
        Map<UUID, String> operations = named(operationNames);
        Map<UUID, String> organisations = named(organisationNames);
        List<ContactsPicture.Contact> contacts = new ArrayList<>();
        for (UUID operation : operations.keySet()) {
            organisations.keySet().forEach(o -> contacts.add(new ContactsPicture.Contact(operation, o, 3, false)));
            operations.keySet().stream().filter(o -> operation.compareTo(o) < 0)
                    .forEach(o -> contacts.add(new ContactsPicture.Contact(operation, o, 1, true)));
        }
        return ContactsPicture.of(operations, organisations, contacts);
    }

    @Test
    void noTwoLabelsOverlapAndEveryLabelIsInsideThePictureHoweverManyNodes() {
        for (int organisations : new int[] {0, 1, 2, 5, 12, ORGANISATIONS.size()}) {
            ContactsPicture picture = everyoneMeetingEveryone(OPERATIONS, ORGANISATIONS.subList(0, organisations));
            List<ContactsPicture.Node> nodes = picture.nodes();
            assertThat(nodes).hasSize(OPERATIONS.size() + organisations);
            ContactsPicture.Box view = picture.view();
            for (ContactsPicture.Node n : nodes) {
                ContactsPicture.Box box = n.label().box();
                assertThat(box.left()).as(n.name()).isGreaterThanOrEqualTo(view.left());
                assertThat(box.right()).as(n.name()).isLessThanOrEqualTo(view.right());
                assertThat(box.top()).as(n.name()).isGreaterThanOrEqualTo(view.top());
                assertThat(box.bottom()).as(n.name()).isLessThanOrEqualTo(view.bottom());
                double widest = n.label().lines().stream().mapToDouble(ContactsPicture::width).max().orElse(0);
                assertThat(box.right() - box.left()).as(n.name()).isGreaterThanOrEqualTo(widest - 1e-9);
                assertThat(box.bottom() - box.top()).isCloseTo(n.label().lines().size() * ContactsPicture.LINE_HEIGHT, org.assertj.core.data.Offset.offset(1e-9));
            }
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    assertThat(nodes.get(i).label().box().overlaps(nodes.get(j).label().box()))
                            .as(nodes.get(i).name() + " and " + nodes.get(j).name()).isFalse();
                }
            }
        }
    }

    @Test
    void aLabelMovedAwayFromItsNodeIsJoinedToItByALeader() {
        ContactsPicture crowded = everyoneMeetingEveryone(OPERATIONS, ORGANISATIONS);

        assertThat(crowded.nodes()).anyMatch(n -> n.label().leader());
        for (ContactsPicture.Node n : crowded.nodes()) {
            double centre = (n.label().box().top() + n.label().box().bottom()) / 2;
            assertThat(n.label().leader()).as(n.name()).isEqualTo(Math.abs(centre - n.y()) > ContactsPicture.LINE_HEIGHT / 2);
        }
    }

    @Test
    void labelsSitOnTheSideOfTheirNodeAwayFromTheCentre() {
        for (ContactsPicture.Node n : everyoneMeetingEveryone(OPERATIONS, ORGANISATIONS).nodes()) {
            if (n.x() > 0) {
                assertThat(n.label().anchor()).isEqualTo("start");
                assertThat(n.label().box().left()).isGreaterThan(n.x());
            } else if (n.x() < 0) {
                assertThat(n.label().anchor()).isEqualTo("end");
                assertThat(n.label().box().right()).isLessThan(n.x());
            }
        }
    }

    @Test
    void wrapsALongNameBetweenWordsWithoutLosingAnyOfIt() {
        List<String> lines = ContactsPicture.wrap("Red Cross of the Republic of North Macedonia",
                ContactsPicture.ORGANISATION_LINE);

        assertThat(lines).containsExactly("Red Cross of the", "Republic of North", "Macedonia");
        assertThat(ContactsPicture.wrap("OSCE Mission to Bosnia and Herzegovina", ContactsPicture.OPERATION_LINE))
                .containsExactly("OSCE Mission to", "Bosnia and", "Herzegovina");
        assertThat(ContactsPicture.wrap("UNHCR", ContactsPicture.ORGANISATION_LINE)).containsExactly("UNHCR");
    }

    @Test
    void cutsANameLongerThanItsLinesWithAMarkerAndBreaksAWordLongerThanALine() {
        List<String> lines = ContactsPicture.wrap("Crisis Management Centre of the Government of the Republic of "
                + "North Macedonia", ContactsPicture.ORGANISATION_LINE);

        assertThat(lines).hasSize(ContactsPicture.MOST_LINES);
        assertThat(lines.get(2)).endsWith(ContactsPicture.CUT);
        assertThat(lines).allMatch(l -> l.length() <= ContactsPicture.ORGANISATION_LINE);
        assertThat(ContactsPicture.wrap("Bundesministerium", 10)).containsExactly("Bundesmin-", "isterium");
    }
}
