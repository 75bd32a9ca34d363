package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo as the regional coordinator: the article's finding, co-operation between Serbia and Skopje (joint visits at
 * Preševo and Tabanovce) and between Skopje and Albania (the heads' bilateral meeting); the sharing feed and the map
 * open on the demo's period.
 */
@DemoAsLoadedTest
class CooperationDemoTests {

    @Autowired
    UserAccounts accounts;
    @Autowired
    CooperationPicture cooperation;
    @Autowired
    RegionalPeriod.Defaults periods;
    @Autowired
    SharedRecordsFeed feed;
    @Autowired
    RegionMapPicture maps;
    @Autowired
    MockMvc mvc;

    @Test
    void theCoordinatorSeesSerbiaWithSkopjeAndSkopjeWithAlbania() throws Exception {
        CorridorUser coordinator = accounts.findByUsername("coordinator").orElseThrow();
        RegionalPeriod period = periods.of(coordinator);
        CooperationPicture.Picture picture = cooperation.of(coordinator, period);
        assertThat(picture.pairs()).extracting(p -> Set.of(p.operation().code(), p.otherOperation().code()))
                .contains(Set.of("serbia", "skopje"), Set.of("skopje", "albania"));
        CooperationPicture.Pair serbiaSkopje = picture.pairs().stream()
                .filter(p -> Set.of(p.operation().code(), p.otherOperation().code()).equals(Set.of("serbia", "skopje")))
                .findFirst().orElseThrow();
        assertThat(serbiaSkopje.jointVisits()).as("Preševo and Tabanovce").isGreaterThanOrEqualTo(2);
        assertThat(picture.noneRecorded()).extracting(CooperationPicture.Operation::code)
                .doesNotContain("serbia", "skopje", "albania");

        String page = mvc.perform(get("/regional/co-operation").with(user(coordinator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(serbiaSkopje.operation().name() + " – " + serbiaSkopje.otherOperation().name())
                .contains("Operations with no co-operation recorded");
    }

    @Test
    void theSharingFeedAndTheMapOpenOnTheDemo() throws Exception {
        CorridorUser coordinator = accounts.findByUsername("coordinator").orElseThrow();
        SharedRecordsFeed.Page first = feed.page(coordinator, null, Set.of(), 0);
        assertThat(first.items()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.level()).isNotEqualTo(DistributionLevel.OPERATION));
        assertThat(first.items()).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
        RegionMapPicture.Picture map = maps.of(coordinator, periods.of(coordinator), null);
        assertThat(map.places()).anySatisfy(p -> assertThat(p.persons()).isNotNull());
        assertThat(map.offices()).isNotEmpty();
        for (String url : List.of("/regional/shared", "/regional/map")) {
            assertThat(mvc.perform(get(url).with(user(coordinator))).andReturn().getResponse().getStatus())
                    .as(url).isEqualTo(200);
        }
    }
}
