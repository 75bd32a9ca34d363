package org.corridor.alerts;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an alert's e-mail, and a day's digest, in plain text and HTML from Thymeleaf templates
 * ({@code templates/alerts/mail/*.txt|html}): the subject names the kind and the place, the body says what was found
 * and links to the alert. Its own template engine, not a bean: the pages' engine stays as Boot configures it.
 */
@Component
class AlertMailComposer {

    /** A mail as written into the outbox. */
    record Mail(String subject, String text, String html) {
    }

    /** One alert as a mail shows it. */
    record Shown(Alert alert, String kind, String place, String operation, String period, String raised, String link) {
    }

    static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", LOCALE)
            .withZone(ZoneOffset.UTC);

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final Directory directory;
    private final AlertMailSettings settings;

    AlertMailComposer(MessageSource messages, Directory directory, AlertMailSettings settings) {
        this.messages = messages;
        this.directory = directory;
        this.settings = settings;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/alerts/mail/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(true);
        this.engine = new SpringTemplateEngine();
        this.engine.setTemplateResolver(resolver);
        this.engine.setTemplateEngineMessageSource(messages);
    }

    /** The mail of one alert, to one receiver who reads it. */
    Mail alert(Alert alert) {
        Shown shown = shown(alert);
        Context context = context();
        context.setVariable("a", shown);
        String subject = oneLine(message("alertMail.subject", shown.kind(), shown.place()));
        return new Mail(subject, engine.process("alert.txt", context), engine.process("alert.html", context));
    }

    /** A day's digest of these alerts, all read by its receiver. */
    Mail digest(List<Alert> alerts) {
        Context context = context();
        context.setVariable("alerts", alerts.stream().map(this::shown).toList());
        String subject = oneLine(message("alertMail.digest.subject", alerts.size()));
        return new Mail(subject, engine.process("digest.txt", context), engine.process("digest.html", context));
    }

    private Context context() {
        Context context = new Context(LOCALE);
        context.setVariable("subscriptionLink", settings.linkTo("/alerts/subscription"));
        context.setVariable("alertsLink", settings.linkTo("/alerts"));
        return context;
    }

    Shown shown(Alert alert) {
        String operation = directory.operation(alert.operationId()).map(OperationSummary::name).orElse("");
        String place = alert.locationId() != null
                ? directory.location(alert.locationId()).map(LocationSummary::name).orElse(null) : null;
        if (place == null && alert.countryId() != null) {
            place = directory.country(alert.countryId()).map(CountrySummary::name).orElse(null);
        }
        String period = alert.periodStart().equals(alert.periodEnd()) ? DAY.format(alert.periodStart())
                : DAY.format(alert.periodStart()) + " – " + DAY.format(alert.periodEnd());
        return new Shown(alert, message("alert.kind." + alert.kind()), place == null ? operation : place, operation,
                period, MOMENT.format(alert.raisedAt()), settings.linkTo("/alerts/" + alert.id()));
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LOCALE);
    }

    /** Lines of a subject are folded by mail clients badly: one line, at most 200 characters. */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
