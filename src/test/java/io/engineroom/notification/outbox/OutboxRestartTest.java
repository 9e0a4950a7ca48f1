package io.engineroom.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.Notice;
import io.engineroom.notification.Notifications;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestMailServer;
import io.engineroom.support.TestUsers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Nothing sent twice, nothing lost, across a mail server that goes down mid-send and an app node that dies
 * mid-pass. The app's own worker is paused; the test runs "nodes" that are fresh {@link OutboxWorker}s on the
 * same database with the real e-mail channel, the production settings and the application's clock, each with a
 * node id of its own, as a restarted JVM would have. A node "dies" by an {@link Error} thrown from its channel at a
 * chosen point: nothing after that point runs, so the database is left exactly as a SIGKILL there would leave it
 * (committed records of the attempts before, the claims of the rest held). The successor must wait for the dead
 * node's lease to run out, which the test waits out by moving the clock.
 *
 * <p>Why not a second JVM as NothingLostTest does: two more app starts would cost over a minute of the build's
 * 10-minute budget, and what survives a kill is only the database, which these nodes share as separate JVMs would.
 */
@EngineRoomIntegrationTest
class OutboxRestartTest {

    static final int NOTICES = 30;
    /** The mail server goes down just before this delivery (1 = the first) of the test's own. */
    static final int SERVER_DOWN_AT = 11;
    /** The node dies just before this delivery: the rest of its batch stays claimed by a dead node. */
    static final int NODE_DIES_AT = 21;

    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    OutboxStore store;
    @Autowired
    OutboxWorker appWorker;
    @Autowired
    OutboxSettings settings;
    @Autowired
    List<OutboundChannel> channels;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    final List<OutboxWorker> nodes = new ArrayList<>();
    String suffix;

    @BeforeEach
    void pauseTheAppsOwnWorker() {
        appWorker.stop();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void clockBackAndTheAppsWorkerRunning() {
        TestClock.get().reset();
        // what the hand-made claims took of other tests' mail goes back to the app's worker at once
        jdbc.update("update outbound_delivery set claimed_until = null, claimed_by = null"
                + " where claimed_by in ('slow', 'other') and status = 'PENDING'");
        nodes.forEach(OutboxWorker::shutdown);
        appWorker.start();
    }

    @Test
    void aMailServerThatGoesDownMidSendAndANodeKilledMidPassStillDeliverEveryNoticeExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < NOTICES; i++) {
            recipients.add(TestUsers.ensure(users, brands, "once-" + i + "-" + suffix, Role.CRISIS_LEAD));
        }
        Map<String, Long> noticeOf = new HashMap<>();
        recipients.forEach(person -> noticeOf.put(person, notifications.send(new Notice(person,
                "Severity 1 for " + person, "Acknowledge within 15 minutes.", "/incidents/1", "incident:" + suffix))));

        CountDownLatch atServerDown = new CountDownLatch(1);
        CountDownLatch serverIsDown = new CountDownLatch(1);
        AtomicInteger mine = new AtomicInteger();
        OutboxWorker first = node(delivery -> {
            if (!recipients.contains(delivery.recipient())) {
                return;
            }
            int n = mine.incrementAndGet();
            if (n == SERVER_DOWN_AT) {
                atServerDown.countDown();
                await(serverIsDown);
            }
            if (n == NODE_DIES_AT) {
                throw new NodeKilled();
            }
        }, null);
        AtomicReference<Throwable> death = new AtomicReference<>();
        Thread firstThread = new Thread(first::drain, "first-node");
        firstThread.setUncaughtExceptionHandler((thread, e) -> death.set(e));
        firstThread.start();

        assertThat(atServerDown.await(60, TimeUnit.SECONDS)).as("the first node sent %d", SERVER_DOWN_AT - 1)
                .isTrue();
        // the server that goes down takes what it received with it: count it now
        List<MimeMessage> received = new ArrayList<>(mineOn(recipients));
        assertThat(received).hasSize(SERVER_DOWN_AT - 1);
        TestMailServer.whileDown(() -> {
            serverIsDown.countDown();
            join(firstThread);
        });
        assertThat(death.get()).as("the first node died mid-pass").isInstanceOf(NodeKilled.class);
        Map<String, String> states = statesOf(recipients);
        assertThat(states.values()).as("sent before the server went down, waiting for a retry, held by the dead node")
                .containsOnly("SENT/1", "PENDING/1", "PENDING/0");
        assertThat(states.values().stream().filter("PENDING/0"::equals)).hasSize(NOTICES - NODE_DIES_AT + 1);

        // the app restarts: a new node on the same database, the mail server back up
        OutboxWorker second = node(delivery -> { }, null);
        second.drain();
        assertThat(mineOn(recipients)).as("nothing before the backoff and the dead node's lease ran out").isEmpty();

        TestClock.get().moveBy(settings.lease().plusSeconds(1));
        second.drain();
        received.addAll(mineOn(recipients));

        Map<String, Integer> perRecipient = new HashMap<>();
        Set<String> messageIds = new LinkedHashSet<>();
        for (MimeMessage message : received) {
            perRecipient.merge(recipient(message), 1, Integer::sum);
            messageIds.add(message.getMessageID());
        }
        assertThat(perRecipient).as("one e-mail per notice").hasSize(NOTICES).allSatisfy((who, count) ->
                assertThat(count).as(who).isEqualTo(1));
        assertThat(messageIds).hasSize(NOTICES).allMatch(id -> id.matches("<delivery-\\d+@engine-room\\.example>"));
        assertThat(statesOf(recipients).values()).containsOnly("SENT/1", "SENT/2");
        assertThat(jdbc.queryForObject("select count(*) from notice where id in (" + String.join(",",
                noticeOf.values().stream().map(String::valueOf).toList()) + ") and emailed_at is not null",
                Integer.class)).isEqualTo(NOTICES);
    }

    @Test
    void aNodeKilledAfterTheServerTookTheMailButBeforeItsRecordSendsItAgainWithTheSameMessageId() throws Exception {
        String person = TestUsers.ensure(users, brands, "twice-" + suffix, Role.CRISIS_LEAD);
        notifications.send(new Notice(person, "Severity 2", "Acknowledge within an hour.", null, "t:" + suffix));

        OutboxWorker first = node(delivery -> { }, delivery -> {
            if (person.equals(delivery.recipient())) {
                throw new NodeKilled();
            }
        });
        AtomicReference<Throwable> death = new AtomicReference<>();
        Thread firstThread = new Thread(first::drain, "first-node");
        firstThread.setUncaughtExceptionHandler((thread, e) -> death.set(e));
        firstThread.start();
        join(firstThread);
        assertThat(death.get()).isInstanceOf(NodeKilled.class);
        assertThat(mineOn(List.of(person))).hasSize(1);

        OutboxWorker second = node(delivery -> { }, null);
        TestClock.get().moveBy(settings.lease().plusSeconds(1));
        second.drain();

        // SMTP has no way to ask whether a message arrived: at least once, and the copy is recognisably the same
        List<MimeMessage> received = mineOn(List.of(person));
        assertThat(received).hasSize(2);
        assertThat(received.stream().map(OutboxRestartTest::messageId).distinct()).hasSize(1);
        assertThat(statesOf(List.of(person))).containsValue("SENT/1");
    }

    @Test
    void aNodeWhoseLeaseRanOutBehindASlowBatchNeitherSendsWhatAnotherNodeTookNorUndoesItsSend() {
        String person = TestUsers.ensure(users, brands, "lease-" + suffix, Role.CRISIS_LEAD);
        long noticeId = notifications.send(new Notice(person, "Severity 3", "Have a look.", null, "t:" + suffix));
        long deliveryId = jdbc.queryForObject("select id from outbound_delivery where notice_id = ?", Long.class,
                noticeId);
        java.time.Instant now = clock.instant();
        OutboundDelivery slowNodes = store.claimDue(now, now.plus(settings.lease()), "slow", 500).stream()
                .filter(d -> d.id() == deliveryId).findFirst().orElseThrow();

        // the slow node's batch took longer than the lease: another node claims and sends it meanwhile
        TestClock.get().moveBy(settings.lease().plusSeconds(1));
        java.time.Instant later = clock.instant();
        OutboundDelivery otherNodes = store.claimDue(later, later.plus(settings.lease()), "other", 500).stream()
                .filter(d -> d.id() == deliveryId).findFirst().orElseThrow();
        assertThat(store.renewClaim(otherNodes, "other", later.plus(settings.lease()))).isTrue();
        assertThat(store.renewClaim(slowNodes, "slow", later.plus(settings.lease())))
                .as("the slow node no longer holds it, so does not send it").isFalse();
        store.recordSent(otherNodes, DeliveryResult.delivered(null, null), later);

        // a late failure of the slow node (had it sent anyway) must not make the sent delivery pending again
        assertThat(store.recordFailure(slowNodes, DeliveryResult.retry("Read timed out", null, null), later,
                later.plusSeconds(30))).isFalse();
        assertThat(store.find(deliveryId).orElseThrow()).satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(1);
        });
        assertThat(store.attempts(deliveryId)).extracting(DeliveryAttempt::succeeded).containsExactly(true, false);
    }

    /** A node: a fresh worker, with the real e-mail channel wrapped by what happens before and after each send. */
    private OutboxWorker node(Step before, Step after) {
        OutboundChannel mail = channels.stream().filter(c -> c.channel() == DeliveryChannel.MAIL).findFirst()
                .orElseThrow();
        OutboundChannel wrapped = new OutboundChannel() {
            @Override
            public DeliveryChannel channel() {
                return DeliveryChannel.MAIL;
            }

            @Override
            public DeliveryResult deliver(OutboundDelivery delivery) {
                before.run(delivery);
                DeliveryResult result = mail.deliver(delivery);
                if (after != null) {
                    after.run(delivery);
                }
                return result;
            }

            @Override
            public void onSent(OutboundDelivery delivery, java.time.Instant at) {
                mail.onSent(delivery, at);
            }

            @Override
            public void onFailed(OutboundDelivery delivery, String problem, boolean dead) {
                mail.onFailed(delivery, problem, dead);
            }
        };
        OutboxWorker node = new OutboxWorker(store, List.of(wrapped), settings, transactions, clock,
                new OutboxMeters(store, clock));
        nodes.add(node);
        return node;
    }

    /** Each recipient's delivery as "STATUS/attempts". */
    private Map<String, String> statesOf(List<String> recipients) {
        Map<String, String> states = new HashMap<>();
        jdbc.query("select recipient, status, attempts from outbound_delivery where channel = 'MAIL' and recipient in ("
                + String.join(",", recipients.stream().map(r -> "'" + r + "'").toList()) + ")",
                rs -> {
                    states.put(rs.getString(1), rs.getString(2) + "/" + rs.getInt(3));
                });
        assertThat(states).hasSize(recipients.size());
        return states;
    }

    /** The mail the running server received for these recipients. */
    private static List<MimeMessage> mineOn(List<String> recipients) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(message -> recipients.contains(recipient(message))).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            return to.substring(0, to.indexOf('@'));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(thread.isAlive()).as("the first node's pass ended").isFalse();
    }

    /** What a node does around one send. */
    @FunctionalInterface
    interface Step {
        void run(OutboundDelivery delivery);
    }

    /** The node is gone at this instruction: nothing after it runs, as under a SIGKILL. */
    static final class NodeKilled extends Error {
        NodeKilled() {
            super("node killed", null, false, false);
        }
    }
}
