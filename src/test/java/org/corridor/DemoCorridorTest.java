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
 * The application with the demo data loaded, on a random port of loopback (demo mode publishes its password,
 * so it listens on this machine only, as the 'demo' profile does), with {@code MockMvc} and the
 * {@link RegionFixture}: the browser tests share this one Spring context. They add records to the demo (each
 * its own, dated apart); tests that count the demo as loaded use {@link DemoAsLoadedTest} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"corridor.demo=true", "server.address=127.0.0.1"})
@AutoConfigureMockMvc
@Import({RegionFixture.class, QuickPasswordHashing.class})
public @interface DemoCorridorTest {
}
