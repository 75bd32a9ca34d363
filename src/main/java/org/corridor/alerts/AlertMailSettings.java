package org.corridor.alerts;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alerts' e-mails ({@code corridor.alerts.mail.*}; the defaults, with why, are in application.properties). The
 * mail server itself is Spring's {@code spring.mail.*}: without {@code spring.mail.host} nothing is sent and the
 * mails stay in the outbox. A setting that cannot be right stops the start with a sentence naming it.
 *
 * @param linkBase where Corridor is reached from the readers' mail, the start of every link to an alert
 * @param from the sender's address
 * @param defaultDomain where set, a person who gave no address of their own is sent alerts at
 *     {@code user-name@default-domain}; where empty, only those who gave one are
 * @param batchSize how many mails one sending round claims (sent over one connection)
 * @param retryFirstDelay the wait after a first failed attempt; each further failure doubles it
 * @param retryLongestDelay the longest wait between two attempts: a mail is retried at least this often, never dropped
 */
@ConfigurationProperties("corridor.alerts.mail")
record AlertMailSettings(@DefaultValue("http://localhost:8080") URI linkBase,
        @DefaultValue("corridor@localhost") String from, String defaultDomain, @DefaultValue("20") int batchSize,
        @DefaultValue("PT1M") Duration retryFirstDelay, @DefaultValue("PT1H") Duration retryLongestDelay) {

    AlertMailSettings {
        if (linkBase == null || linkBase.getScheme() == null || !linkBase.getScheme().matches("https?")
                || linkBase.getHost() == null) {
            throw new IllegalArgumentException("corridor.alerts.mail.link-base is the address Corridor is reached at, "
                    + "such as https://corridor.example.org; not '" + linkBase + "'");
        }
        try {
            new jakarta.mail.internet.InternetAddress(from, true).validate();
        } catch (jakarta.mail.internet.AddressException | NullPointerException e) {
            throw new IllegalArgumentException("corridor.alerts.mail.from is an e-mail address, such as "
                    + "corridor@example.org; not '" + from + "'");
        }
        defaultDomain = defaultDomain == null || defaultDomain.isBlank() ? null : defaultDomain.trim();
        if (defaultDomain != null && !defaultDomain.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            throw new IllegalArgumentException("corridor.alerts.mail.default-domain is a domain such as osce.org, or "
                    + "empty; not '" + defaultDomain + "'");
        }
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("corridor.alerts.mail.batch-size is from 1 to 500; not " + batchSize);
        }
        if (retryFirstDelay.isNegative() || retryFirstDelay.isZero() || retryLongestDelay.compareTo(retryFirstDelay) < 0) {
            throw new IllegalArgumentException("corridor.alerts.mail.retry-first-delay is positive and no longer than "
                    + "retry-longest-delay; not " + retryFirstDelay + " and " + retryLongestDelay);
        }
    }

    /** The address of an alert's page, for its mail. */
    String linkTo(String path) {
        String base = linkBase.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** How long to wait after the given number of failed attempts: doubling from the first delay, up to the longest. */
    Duration retryAfter(int attempts) {
        Duration wait = retryFirstDelay;
        for (int i = 1; i < attempts && wait.compareTo(retryLongestDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryLongestDelay) > 0 ? retryLongestDelay : wait;
    }
}
