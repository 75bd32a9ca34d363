package org.corridor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Whether a server may start from the beans that Spring's ahead-of-time processing fixed when the jar was built
 * ({@code -Dspring.aot.enabled=true}, which {@code bin/corridor} sets for a server run). The build evaluated every
 * bean's conditions once, with the jar's own settings: the embedded database (no {@code spring.datasource.url}), no
 * mail server (no {@code spring.mail.host}), the actuator's endpoints as the jar exposes them, and so on. A server
 * whose settings would decide otherwise must not start from those beans: the build records the settings that decide
 * beans in the jar ({@link Recorder}), and a start whose own differ from them starts as {@code java -jar} does,
 * evaluating the conditions itself, and says so in the log.
 */
final class AheadOfTimeSetUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The settings the build's beans were decided with, in the jar (written by {@link Recorder}). */
    static final String RECORD = "META-INF/corridor/ahead-of-time-settings.properties";

    private static final Logger log = LoggerFactory.getLogger(AheadOfTimeSetUp.class);

    /** Named settings that decide beans without matching the patterns of {@link #decidesBeans}. */
    private static final Set<String> DECIDING = Set.of(
            "spring.datasource.url", "spring.datasource.jndi-name", // the embedded database or an external one
            "spring.mail.host", "spring.mail.jndi-name", "spring.mail.test-connection"); // a mail sender or none

    /**
     * Whether a setting can decide which beans exist: the named ones, every switch ({@code ...enabled}), every setting
     * of the actuator ({@code management.*}: endpoints, their exposure, a separate port), of springdoc, of SQL
     * initialisation and of the application's own start ({@code spring.main.*}). Wider than need be on purpose: a
     * setting here that decides nothing only costs a start from the build's beans, one missing would start wrong beans.
     */
    static boolean decidesBeans(String name) {
        if (name.startsWith("spring.aot.")) {
            return false; // the processing's own switches, set for the build or the start, not for the application
        }
        return DECIDING.contains(name) || name.endsWith(".enabled") || name.startsWith("management.")
                || name.startsWith("springdoc.") || name.startsWith("spring.sql.init.") || name.startsWith("spring.main.");
    }

    /** Every setting of {@code environment} that {@link #decidesBeans decides beans}, with its value. */
    static Map<String, String> settingsDecidingBeans(ConfigurableEnvironment environment) {
        Set<String> names = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().map(Object::toString).filter(AheadOfTimeSetUp::decidesBeans).forEach(names::add);
            }
        }
        Map<String, String> settings = new TreeMap<>();
        for (String name : names) {
            settings.put(name, Objects.toString(environment.getProperty(name), ""));
        }
        return settings;
    }

    /** The first setting whose value differs between the build and this start, said as a sentence; null if none. */
    static String difference(Map<String, String> built, Map<String, String> now) {
        Set<String> names = new TreeSet<>(built.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (!built.containsKey(name)) {
                return name + " is set, and the build had it unset";
            }
            if (!now.containsKey(name)) {
                return name + " is unset, and the build had it set";
            }
            if (!built.get(name).equals(now.get(name))) {
                return name + " differs from the build's";
            }
        }
        return null;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        Map<String, String> built = recorded();
        String difference = built == null ? "this jar was built without it"
                : difference(built, settingsDecidingBeans(event.getEnvironment()));
        if (difference != null) {
            // Read by Spring Boot when it creates the context, which comes after the environment.
            System.setProperty(AotDetector.AOT_ENABLED, "false");
            log.info("Starting without the ahead-of-time set-up: {}.", difference);
        }
    }

    private static Map<String, String> recorded() {
        try (InputStream in = AheadOfTimeSetUp.class.getClassLoader().getResourceAsStream(RECORD)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> settings = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RECORD + " from the jar", e);
        }
    }

    /** At build time: writes the settings the beans were decided with into the jar (META-INF/spring/aot.factories). */
    static final class Recorder implements BeanFactoryInitializationAotProcessor {

        @Override
        public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
            Environment environment = beanFactory.getBean("environment", Environment.class);
            if (!(environment instanceof ConfigurableEnvironment configurable)) {
                return null;
            }
            Properties settings = new Properties();
            settingsDecidingBeans(configurable).forEach(settings::setProperty);
            StringWriter text = new StringWriter();
            try {
                settings.store(text, "The settings that decided which beans the ahead-of-time set-up holds");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (generationContext, code) -> generationContext.getGeneratedFiles()
                    .addResourceFile(RECORD, text.toString());
        }
    }
}
