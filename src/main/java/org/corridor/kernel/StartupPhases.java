package org.corridor.kernel;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Where the time of a start goes, printed in the log once the server is ready, one line, e.g.
 * {@code Start-up took 7.9 s: JVM and class loading 1.2 s; Spring set-up 0.8 s; embedded PostgreSQL 1.1 s; Flyway
 * validate and migrate 0.4 s; other beans and the web server 3.2 s; rest of the refresh 0.1 s; start-up tasks (demo check, first administrator)
 * 0.1 s; ready}. The phases that run inside the context (the database, Flyway) are timed where they run, with
 * {@link #time}; the rest is told apart by Spring Boot's events. One process starts one server, so the record is
 * static.
 */
public final class StartupPhases implements ApplicationListener<ApplicationEvent> {

    public static final String EMBEDDED_DATABASE = "embedded PostgreSQL";
    public static final String FLYWAY = "Flyway validate and migrate";

    private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);
    private static final List<Phase> timed = new ArrayList<>();

    private record Phase(String name, long nanos) {
    }

    private long starting;
    private long contextInitialized;
    private long webServer;
    private long started;

    /** Runs {@code work} and records how long it took as {@code phase}. */
    public static <T> T time(String phase, Supplier<T> work) {
        long begin = System.nanoTime();
        try {
            return work.get();
        } finally {
            synchronized (timed) {
                timed.add(new Phase(phase, System.nanoTime() - begin));
            }
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        long now = System.nanoTime();
        if (event instanceof ApplicationStartingEvent) {
            starting = now;
        } else if (event instanceof ApplicationContextInitializedEvent) {
            contextInitialized = now;
        } else if (event instanceof WebServerInitializedEvent) {
            webServer = now;
        } else if (event instanceof ApplicationStartedEvent) {
            started = now;
        } else if (event instanceof ApplicationReadyEvent) {
            log.info(summary(now));
        }
    }

    private String summary(long ready) {
        List<Phase> inside;
        synchronized (timed) {
            inside = List.copyOf(timed);
        }
        long jvm = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).toNanos() - (ready - starting);
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase("JVM and class loading", Math.max(0, jvm)));
        phases.add(new Phase("Spring set-up", contextInitialized - starting));
        long refresh = (webServer != 0 ? webServer : started) - contextInitialized;
        long measured = 0;
        for (Phase phase : inside) {
            phases.add(phase);
            measured += phase.nanos();
        }
        phases.add(new Phase("other beans and the web server", refresh - measured));
        if (webServer != 0) {
            phases.add(new Phase("rest of the refresh", started - webServer));
        }
        phases.add(new Phase("start-up tasks (demo check, first administrator)", ready - started));
        long total = 0;
        StringBuilder line = new StringBuilder();
        for (Phase phase : phases) {
            total += phase.nanos();
            line.append("; ").append(phase.name()).append(' ').append(seconds(phase.nanos()));
        }
        return "Start-up took " + seconds(total) + line.replace(0, 1, ":") + "; ready";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
