package org.corridor.alerts;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails through the configured SMTP server ({@code spring.mail.*}). A round claims due rows
 * with {@code select ... for update skip locked}, so two servers never send one mail twice, and sends them over one
 * connection while it holds them; each mail that fails keeps its error, counts the attempt and waits longer before
 * the next (never dropped). Sending runs on its own schedule, so no mail server, slow or down, ever holds up saving
 * data. Without {@code spring.mail.host} there is no mail sender and nothing is sent: the mails stay in the outbox.
 */
@Component
class AlertMailSender {

    private static final Logger log = LoggerFactory.getLogger(AlertMailSender.class);

    private record Due(UUID id, String recipient, String subject, String text, String html, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AlertMailSettings settings;

    AlertMailSender(JdbcClient jdbc, TransactionTemplate transactions, AlertMailSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    /**
     * One round: the due mails (at most the batch size), each sent or its failure kept.
     *
     * @return how many were sent
     */
    int sendDue(JavaMailSender mailer, Instant now) {
        Integer sent = transactions.execute(status -> {
            List<Due> due = jdbc.sql("""
                    select id, recipient, subject, text_body, html_body, attempts from alert_mail_outbox
                    where state = 'PENDING' and next_attempt_at <= :now
                    order by next_attempt_at, created_at, id limit :batch
                    for update skip locked""")
                    .param("now", Timestamp.from(now)).param("batch", settings.batchSize())
                    .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("recipient"),
                            rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                            rs.getInt("attempts")))
                    .list();
            if (due.isEmpty()) {
                return 0;
            }
            Map<Due, Exception> failed = new IdentityHashMap<>();
            Map<MimeMessage, Due> messages = new IdentityHashMap<>();
            List<MimeMessage> toSend = new ArrayList<>();
            for (Due mail : due) {
                try {
                    MimeMessage message = message(mailer, mail);
                    messages.put(message, mail);
                    toSend.add(message);
                } catch (MessagingException | RuntimeException e) {
                    failed.put(mail, e);
                }
            }
            try {
                if (!toSend.isEmpty()) {
                    mailer.send(toSend.toArray(MimeMessage[]::new));
                }
            } catch (MailSendException e) {
                if (e.getFailedMessages().isEmpty()) {
                    toSend.forEach(m -> failed.put(messages.get(m), e));
                }
                e.getFailedMessages().forEach((message, cause) -> {
                    Due mail = messages.get(message);
                    if (mail != null) {
                        failed.put(mail, cause);
                    }
                });
            } catch (MailException e) {
                toSend.forEach(m -> failed.put(messages.get(m), e));
            }
            int count = 0;
            for (Due mail : due) {
                Exception failure = failed.get(mail);
                if (failure == null) {
                    jdbc.sql("""
                            update alert_mail_outbox set state = 'SENT', sent_at = :now, attempts = attempts + 1
                            where id = :id""").param("now", Timestamp.from(now)).param("id", mail.id()).update();
                    count++;
                } else {
                    int attempts = mail.attempts() + 1;
                    jdbc.sql("""
                            update alert_mail_outbox set attempts = :attempts, next_attempt_at = :next,
                                   last_error = :error
                            where id = :id""").param("attempts", attempts)
                            .param("next", Timestamp.from(now.plus(settings.retryAfter(attempts))))
                            .param("error", describe(failure)).param("id", mail.id()).update();
                }
            }
            if (!failed.isEmpty()) {
                log.warn("Alert mail: {} of {} not sent, retried later: {}", failed.size(), due.size(),
                        describe(failed.values().iterator().next()));
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private MimeMessage message(JavaMailSender mailer, Due mail) throws MessagingException {
        MimeMessage message = mailer.createMimeMessage();
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        // Automatic mail (RFC 3834): no out-of-office replies to Corridor.
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(new java.util.Date());
        return message;
    }

    /** The error as the outbox keeps it: the cause that says most, in at most 4,000 characters. */
    static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (cause != e && e.getMessage() != null) {
            text = e.getMessage() + " (" + text + ")";
        }
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }

    /**
     * When mail is sent and digests gathered: every {@code corridor.alerts.mail.send-interval} (only with a mail
     * server) and every day at {@code corridor.alerts.mail.digest-schedule} (UTC). Servers only; the command line
     * sends nothing.
     */
    @Configuration
    @EnableScheduling
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Schedule {

        private final AlertMailSender sender;
        private final AlertMailOutbox outbox;
        private final ObjectProvider<JavaMailSender> mailer;

        Schedule(AlertMailSender sender, AlertMailOutbox outbox, ObjectProvider<JavaMailSender> mailer) {
            this.sender = sender;
            this.outbox = outbox;
            this.mailer = mailer;
        }

        @Scheduled(fixedDelayString = "${corridor.alerts.mail.send-interval}",
                initialDelayString = "${corridor.alerts.mail.send-interval}")
        void send() {
            JavaMailSender configured = mailer.getIfAvailable();
            if (configured == null) {
                return; // no spring.mail.host: the mails stay in the outbox
            }
            int sent;
            do {
                sent = sender.sendDue(configured, Clock.systemUTC().instant());
            } while (sent > 0 && sent == sender.settings.batchSize());
        }

        @Scheduled(cron = "${corridor.alerts.mail.digest-schedule}", zone = "UTC")
        void digests() {
            int written = outbox.composeDigests(Clock.systemUTC().instant());
            log.info("Alert digests gathered: {}", written);
        }
    }
}
