package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.kernel.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Alert e-mails through a real SMTP server (GreenMail, on a free port): mailed at once to the subscribers who read
 * the alert and to nobody else, gathered into one daily digest, kept and retried while the server is down, and sent
 * once by two senders racing. The sender is handed a mail sender pointing at GreenMail, as the schedule hands it the
 * configured one; the test contexts have no spring.mail.host, so nothing else sends meanwhile.
 */
@CorridorTest
class AlertMailDeliveryTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static final LocalDate MONDAY = LocalDate.of(2015, 9, 14);

    @Autowired
    RegionFixture region;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertSubscriptions subscriptions;

    @Autowired
    AlertMailOutbox outbox;

    @Autowired
    AlertMailSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    UUID serbia;
    UUID skopje;

    @BeforeEach
    void operations() {
        serbia = region.operation("serbia");
        skopje = region.operation("skopje");
    }

    @Test
    void anAlertRaisedIsMailedAtOnceToTheSubscribersWhoReadItAndToNobodyElse() throws Exception {
        CorridorUser subscriber = subscribed(Role.OFFICER, serbia, AlertDelivery.IMMEDIATELY);
        CorridorUser notByMail = subscribed(Role.OFFICER, serbia, AlertDelivery.NONE);
        CorridorUser otherKinds = region.user("mail", "Closures only", Role.OFFICER, serbia);
        subscriptions.change(otherKinds, new AlertSubscriptionChange(List.of(AlertKind.ROUTE_CLOSURE),
                List.of(serbia), AlertDelivery.IMMEDIATELY, address()));
        CorridorUser otherOperation = subscribed(Role.OFFICER, skopje, AlertDelivery.IMMEDIATELY);

        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia)).orElseThrow();

        assertThat(recipientsOf(id, subscriber, notByMail, otherKinds, otherOperation))
                .containsExactly(address(subscriber));
        assertThat(sendAll(mailer(), Instant.now())).isPositive();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address(subscriber));
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Corridor alert: Route shift – Horgoš");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String link = "http://localhost:8080/alerts/" + id;
        assertThat((String) parts.getBodyPart(0).getContent()).contains("The flow at Horgoš fell by 96 %.")
                .contains("Mission to Serbia").contains(link);
        assertThat((String) parts.getBodyPart(1).getContent()).contains("href=\"" + link + "\"")
                .contains("The flow at Horgoš fell by 96 %.");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        for (CorridorUser nobody : List.of(notByMail, otherKinds, otherOperation)) {
            assertThat(smtp.getReceivedMessagesForDomain(address(nobody))).as(nobody.getUsername()).isEmpty();
        }
        assertThat(state(id, subscriber)).isEqualTo("SENT");
    }

    @Test
    void anAlertAboutAnOperationLevelRecordIsMailedOnlyToThatOperationsPeople() {
        CorridorUser serbian = subscribed(Role.OFFICER, serbia, AlertDelivery.IMMEDIATELY);
        CorridorUser coordinator = region.user("mail", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        subscriptions.change(coordinator, new AlertSubscriptionChange(List.of(AlertKind.values()),
                subscriptions.of(coordinator).followableOperationIds(), AlertDelivery.IMMEDIATELY, address()));
        CorridorUser skopjeOfficer = subscribed(Role.OFFICER, skopje, AlertDelivery.IMMEDIATELY);

        UUID internal = alerts.raise(Actor.SYSTEM, recordAlert(serbia, serbia, DistributionLevel.OPERATION))
                .orElseThrow();
        UUID shared = alerts.raise(Actor.SYSTEM, recordAlert(serbia, serbia, DistributionLevel.OSCE)).orElseThrow();
        // An alert for Skopje about a record Serbia keeps to itself: Skopje's people do not read it, so get no mail.
        UUID aboutSerbia = alerts.raise(Actor.SYSTEM, recordAlert(skopje, serbia, DistributionLevel.OPERATION))
                .orElseThrow();

        assertThat(recipientsOf(internal, serbian, coordinator, skopjeOfficer)).containsExactly(address(serbian));
        assertThat(recipientsOf(shared, serbian, coordinator, skopjeOfficer)).containsExactlyInAnyOrder(address(serbian), address(coordinator));
        assertThat(recipientsOf(aboutSerbia, serbian, coordinator, skopjeOfficer)).isEmpty();
        assertThat(subscriptions.of(skopjeOfficer).delivery()).isEqualTo(AlertDelivery.IMMEDIATELY);
    }

    @Test
    void theDigestGathersTheAlertsRaisedSinceTheLastOneIntoOneMailAndSendsNothingWithoutAny() throws Exception {
        CorridorUser daily = subscribed(Role.OFFICER, serbia, AlertDelivery.DAILY_DIGEST);
        CorridorUser quiet = subscribed(Role.OFFICER, region.operation("albania"), AlertDelivery.DAILY_DIGEST);
        UUID first = alerts.raise(Actor.SYSTEM, figuresAlert(serbia)).orElseThrow();
        UUID second = alerts.raise(Actor.SYSTEM, recordAlert(serbia, serbia, DistributionLevel.OPERATION))
                .orElseThrow();
        assertThat(recipientsOf(first, daily)).isEmpty(); // nothing immediately for a digest subscriber

        Instant morning = Instant.now();
        outbox.composeDigests(morning);
        outbox.composeDigests(morning.plusSeconds(60)); // a second run, or another server, the same day

        assertThat(digestsTo(daily)).singleElement().satisfies(alertIds ->
                assertThat(alertIds).containsExactly(first, second));
        assertThat(digestsTo(quiet)).isEmpty();
        sendAll(mailer(), Instant.now());
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address(daily));
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Corridor: 2 new alerts");
        String text = (String) ((MimeMultipart) received[0].getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("2 alerts were raised for you").contains("/alerts/" + first)
                .contains("/alerts/" + second);
        assertThat(smtp.getReceivedMessagesForDomain(address(quiet))).isEmpty();

        // The next day: only what was raised since.
        UUID third = alerts.raise(Actor.SYSTEM, figuresAlert(serbia)).orElseThrow();
        outbox.composeDigests(Instant.now().plus(Duration.ofDays(1)));
        assertThat(digestsTo(daily)).hasSize(2).last().satisfies(alertIds -> assertThat(alertIds).containsExactly(third));
        assertThat(digestsTo(quiet)).isEmpty();
    }

    @Test
    void aMailTheServerCannotTakeStaysPendingWithItsErrorAndIsSentOnceTheServerIsBack() throws Exception {
        CorridorUser subscriber = subscribed(Role.OFFICER, serbia, AlertDelivery.IMMEDIATELY);
        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia)).orElseThrow();
        Instant now = Instant.now();

        sender.sendDue(mailer(nothingListening()), now);

        Map<String, Object> row = row(id, subscriber);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("Connection refused");
        assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant()).isAfter(now);
        assertThat(alerts.find(subscriber, id)).isPresent(); // the alert, and what raised it, are kept

        sendAll(mailer(), now); // not due yet: it waits its turn
        assertThat(smtp.getReceivedMessagesForDomain(address(subscriber))).isEmpty();

        sendAll(mailer(), now.plus(Duration.ofMinutes(2)));
        assertThat(smtp.getReceivedMessagesForDomain(address(subscriber))).hasSize(1);
        row = row(id, subscriber);
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(2);
    }

    @Test
    void twoSendersRacingSendEachMailOnce() throws Exception {
        CorridorUser subscriber = subscribed(Role.OFFICER, serbia, AlertDelivery.IMMEDIATELY);
        for (int i = 0; i < 6; i++) {
            alerts.raise(Actor.SYSTEM, figuresAlert(serbia)).orElseThrow();
        }
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Instant now = Instant.now();
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                JavaMailSender own = mailer();
                rounds.add(servers.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return sendAll(own, now);
                }));
            }
            for (Future<Integer> round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        } finally {
            servers.shutdownNow();
        }
        assertThat(smtp.getReceivedMessagesForDomain(address(subscriber))).hasSize(6);
        assertThat(jdbc.sql("select attempts from alert_mail_outbox where recipient_id = :user")
                .param("user", subscriber.id()).query(Integer.class).list()).hasSize(6).containsOnly(1);
    }

    @Test
    void withoutAMailServerConfiguredNothingIsSentAndTheMailStaysInTheOutbox() {
        CorridorUser subscriber = subscribed(Role.OFFICER, serbia, AlertDelivery.IMMEDIATELY);
        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia)).orElseThrow();

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        assertThat(state(id, subscriber)).isEqualTo("PENDING");
    }

    // --- helpers

    CorridorUser subscribed(Role role, UUID operation, AlertDelivery delivery) {
        CorridorUser user = region.user("mail", "Subscriber", new Membership(operation, role));
        subscriptions.change(user, new AlertSubscriptionChange(List.of(AlertKind.values()), List.of(operation),
                delivery, address()));
        return user;
    }

    /** An address of its own for every subscriber: GreenMail keeps every test's mail. */
    static String address() {
        return "s" + UUID.randomUUID().toString().replace("-", "") + "@example.org";
    }

    String address(CorridorUser user) {
        return subscriptions.of(user).sentTo();
    }

    NewAlert figuresAlert(UUID receiver) {
        return NewAlert.aboutFigures(AlertKind.ROUTE_SHIFT, receiver, null, region.place("RS-HORGOS"),
                "mail-test:" + UUID.randomUUID(), MONDAY, MONDAY.plusDays(6), Map.of("lastSevenDays", 120),
                "The flow at Horgoš fell by 96 %.", List.of(receiver));
    }

    NewAlert recordAlert(UUID receiver, UUID recordOperation, DistributionLevel level) {
        return NewAlert.aboutRecord(AlertKind.ROUTE_CLOSURE, receiver, null, null, "mail-test:" + UUID.randomUUID(),
                MONDAY, MONDAY, Map.of("kind", "CLOSURE"), "A closure was recorded at Horgoš.", recordOperation, level,
                "route_event", UUID.randomUUID());
    }

    /** Who among these people the alert's mail is written to (earlier tests' subscribers follow it too). */
    List<String> recipientsOf(UUID alertId, CorridorUser... among) {
        return jdbc.sql("""
                select recipient from alert_mail_outbox where alert_id = :alert and recipient_id = any(:users)
                order by recipient""").param("alert", alertId)
                .param("users", java.util.Arrays.stream(among).map(CorridorUser::id).toArray(UUID[]::new))
                .query(String.class).list();
    }

    List<List<UUID>> digestsTo(CorridorUser user) {
        return jdbc.sql("""
                select alert_ids from alert_mail_outbox where kind = 'DIGEST' and recipient_id = :user
                order by created_at""").param("user", user.id())
                .query((rs, n) -> List.of((UUID[]) rs.getArray("alert_ids").getArray())).list();
    }

    String state(UUID alertId, CorridorUser user) {
        return (String) row(alertId, user).get("state");
    }

    Map<String, Object> row(UUID alertId, CorridorUser user) {
        return jdbc.sql("select * from alert_mail_outbox where alert_id = :alert and recipient_id = :user")
                .param("alert", alertId).param("user", user.id()).query().singleRow();
    }

    int sendAll(JavaMailSender mailer, Instant at) {
        int total = 0;
        int sent;
        do {
            sent = sender.sendDue(mailer, at);
            total += sent;
        } while (sent > 0);
        return total;
    }

    static JavaMailSender mailer() {
        return mailer(smtp.getSmtp().getPort());
    }

    static JavaMailSender mailer(int port) {
        JavaMailSenderImpl mailer = new JavaMailSenderImpl();
        mailer.setHost("127.0.0.1");
        mailer.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        mailer.setJavaMailProperties(properties);
        return mailer;
    }

    /** A port nobody listens on: the mail server that is down. */
    static int nothingListening() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
