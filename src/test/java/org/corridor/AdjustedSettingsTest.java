package org.corridor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corridor.database.EventPublicationRegistryTests;
import org.corridor.web.MapAndChartBrowserTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The demo on a random port of loopback, as {@link DemoCorridorTest}, but with the settings and beans that no other
 * context may have: list count limits low enough for a test to reach (flows' list two, the API's lists three),
 * forwarded headers trusted as behind a TLS-terminating proxy, a listener of a test-only event, and a page of a
 * browser test's own (outside the context whose route list {@link AccessRulesTests} checks). Every test that needs one
 * of them shares this one Spring context (starting a context costs seconds) instead of starting its own; none of them
 * is disturbed by the others' (the limits are met only by lists of many rows, the proxy only by a forwarded request).
 * A test here adds records of its own and counts only those, or reads the demo where nothing else adds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"corridor.demo=true", "server.address=127.0.0.1",
                "corridor.flows.list-count-limit=2", "corridor.api.list-count-limit=3",
                "server.forward-headers-strategy=native"})
@AutoConfigureMockMvc
@Import({RegionFixture.class, QuickPasswordHashing.class, EventPublicationRegistryTests.ListenerConfiguration.class,
        MapAndChartBrowserTests.Fixture.class})
public @interface AdjustedSettingsTest {
}
