package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AheadOfTimeSetUpTests {

    /** A few of the jar's own settings, as the build saw them. */
    private static final Map<String, Object> JAR = Map.of(
            "management.endpoints.web.exposure.include", "health,info",
            "management.endpoint.health.probes.enabled", "true",
            "spring.threads.virtual.enabled", "false",
            "corridor.home", "./data");

    @Test
    void aStartWithTheJarsOwnSettingsUsesTheSetUp() {
        assertThat(difference(environment(), environment())).isNull();
    }

    @Test
    void anExternalDatabaseIsNotStartedFromBeansBuiltForTheEmbeddedOne() {
        ConfigurableEnvironment start = environment();
        start.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("spring.datasource.url", "jdbc:postgresql://db.example.org/corridor")));

        assertThat(difference(environment(), start)).isEqualTo("spring.datasource.url is set, and the build had it unset");
    }

    @Test
    void aMailServerNamedInTheEnvironmentIsNotStartedFromBeansBuiltWithoutOne() {
        ConfigurableEnvironment start = environment();
        start.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("SPRING_MAIL_HOST", "smtp.example.org")));

        assertThat(difference(environment(), start)).isEqualTo("spring.mail.host is set, and the build had it unset");
    }

    @Test
    void aSwitchTurnedTheOtherWayIsNotStartedFromTheBuildsBeans() {
        ConfigurableEnvironment start = environment();
        start.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("management.endpoint.health.probes.enabled", "false")));

        assertThat(difference(environment(), start))
                .isEqualTo("management.endpoint.health.probes.enabled differs from the build's");
    }

    @Test
    void theDemoAndTheDataDirectoryDecideNoBeansSoTheSetUpIsUsed() {
        ConfigurableEnvironment start = environment();
        start.getPropertySources().addFirst(new MapPropertySource("demo", Map.of("corridor.demo", "true",
                "server.address", "127.0.0.1", "corridor.home", "/srv/corridor", "spring.aot.enabled", "true")));

        assertThat(difference(environment(), start)).isNull();
    }

    private static String difference(ConfigurableEnvironment build, ConfigurableEnvironment start) {
        return AheadOfTimeSetUp.difference(AheadOfTimeSetUp.settingsDecidingBeans(build),
                AheadOfTimeSetUp.settingsDecidingBeans(start));
    }

    /** The jar's settings only: neither this machine's environment variables nor the test JVM's system properties. */
    private static ConfigurableEnvironment environment() {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new MapPropertySource("application.properties", JAR));
        return environment;
    }
}
