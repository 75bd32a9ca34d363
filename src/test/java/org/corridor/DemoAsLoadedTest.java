package org.corridor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The demo scenario exactly as loaded, for tests that count what the article reports (visits, gaps, totals): no
 * test of this context adds or changes a record, so their counts hold in any order. Tests that add records to
 * the demo (the browser tests) use {@link DemoCorridorTest}, a context of their own. With {@code MockMvc} and the
 * {@link RegionFixture}; no server port (none of these tests needs one), which is what keeps the two apart.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"corridor.demo=true", "server.address=127.0.0.1"})
@AutoConfigureMockMvc
@Import({RegionFixture.class, QuickPasswordHashing.class})
public @interface DemoAsLoadedTest {
}
