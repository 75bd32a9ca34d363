package org.corridor.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.corridor.kernel.CorridorProperties;
import org.corridor.accounts.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One friendly line when Corridor is ready: where to open it and, in demo mode, how to sign in. */
@Component
@ConditionalOnWebApplication
class StartupAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final CorridorProperties properties;
    private final Environment environment;

    StartupAnnouncement(CorridorProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        refuseDemoOnPublicAddress();
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : environment.getProperty("server.port", Integer.class, 8080);
        String host = environment.getProperty("server.address", "localhost");
        String url = "http://" + ("0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host) + ":" + port;
        if (properties.demo()) {
            log.info("Corridor is ready at {} (demo mode: sign in as officer, head, coordinator, admin … with the password '{}').",
                    url, DemoAccounts.PASSWORD);
        } else {
            log.info("Corridor is ready at {} (data in {}).", url, properties.home().toAbsolutePath().normalize());
        }
    }

    /** The demo accounts' password is published, so demo mode must not listen beyond this machine. */
    private void refuseDemoOnPublicAddress() {
        if (!properties.demo()) {
            return;
        }
        String address = environment.getProperty("server.address");
        boolean loopback;
        try {
            loopback = address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalStateException("Demo mode publishes its accounts' password, so it listens on this machine only: "
                    + "set server.address=127.0.0.1 (the 'demo' profile does) or turn corridor.demo off.");
        }
    }
}
