package org.corridor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.corridor.interchange.ImportJobs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application on a fresh database (no demo data), on a random port, with {@code MockMvc} and the
 * {@link RegionFixture}: every test class that carries it shares one Spring context, and so one embedded
 * PostgreSQL. Tests therefore make their own records and never count on the database being empty.
 *
 * <p>{@link ImportJobs} is a Mockito spy here: it calls the real methods unless a test stubs one (the import race of
 * {@code FlowImportRaceTests} does, and its stubbing is reset after each test). Declared here rather than in that
 * class, because a spy of a class's own makes a Spring context (and an embedded PostgreSQL) of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({RegionFixture.class, QuickPasswordHashing.class})
@MockitoSpyBean(types = ImportJobs.class)
public @interface CorridorTest {
}
