package io.engineroom.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.change.ChangeIntake;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that takes the connection and never says a word (the slow server, at its worst): a process
 * job whose step tells a task's person (the real {@code tellTaskPeople} listener) finishes at once, while the app's
 * own outbox worker is the thread that waits the SMTP timeout out and records it as the notice's e-mail problem,
 * with the e-mail still pending.
 */
@EngineRoomIntegrationTest
class SilentMailServerTest {

    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailProperties mailProperties;
    long smtpTimeoutMillis;

    ServerSocket silent;
    final List<Socket> held = new CopyOnWriteArrayList<>();
    int mailPort;

    @BeforeEach
    void aMailServerThatNeverAnswers() throws IOException {
        silent = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());   // accepted, never written to: no SMTP greeting ever comes
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-mail-server");
        acceptor.setDaemon(true);
        acceptor.start();
        smtpTimeoutMillis = Long.parseLong(mailProperties.getProperties().get("mail.smtp.timeout"));
        mailPort = mailSender.getPort();
        mailSender.setPort(silent.getLocalPort());
    }

    @AfterEach
    void theRealMailServerBack() throws IOException {
        mailSender.setPort(mailPort);
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void theStepThatSendsANoticeFinishesAtOnceAndTheWorkerThreadWaitsOutTheSilentServer() throws Exception {
        String person = TestUsers.ensure(users, brands, "silent-" + UUID.randomUUID().toString().substring(0, 8),
                Role.CRISIS_LEAD, "beanleaf");
        String topic = "notice-step:" + person;
        // a fixture, not an SOP change under test: live at once instead of waiting for a review
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().name("notice-step-test")
                .enableDuplicateFiltering(true).addClasspathResource("sops/notice-step-test.bpmn").deploy());
        String instance = runtimeService.startProcessInstanceByKey("notice-step-test", topic,
                Map.of("brand", "beanleaf", "person", person)).getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).singleResult();

        // the job runs here as on a job-executor thread: its step creates the task, which tells its person
        long started = System.nanoTime();
        managementService.executeJob(timer.getId());
        Duration step = Duration.ofNanos(System.nanoTime() - started);
        assertThat(step).as("the job does not wait for the mail server").isLessThan(Duration.ofSeconds(3));
        assertThat(notifications.about(topic)).as("its notice is stored").hasSize(1);
        long noticeId = notifications.about(topic).get(0).id();

        // the app's worker picks it up and hangs on the silent server: it is the thread that waits
        Thread sender = awaitThreadIn("io.engineroom.notification.mail.MailChannel", "deliver");
        assertThat(sender.getName()).startsWith("outbox-");
        assertThat(sender).isNotSameAs(Thread.currentThread());
        // the worker may be in deliver() a moment before the acceptor thread has handed over the connection
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(held).as("the silent server took the connection").isNotEmpty());

        NoticeSummary notice = awaitProblem(topic, Duration.ofMillis(smtpTimeoutMillis).plusSeconds(20));
        Duration untilProblem = Duration.ofNanos(System.nanoTime() - started);
        assertThat(notice.id()).isEqualTo(noticeId);
        assertThat(notice.emailProblem()).containsIgnoringCase("timed out").endsWith("(trying again)");
        assertThat(notice.emailedAt()).isNull();
        assertThat(untilProblem).as("the worker waited the SMTP timeout")
                .isGreaterThanOrEqualTo(Duration.ofMillis(smtpTimeoutMillis - 500));
        Map<String, Object> delivery = jdbc.queryForMap(
                "select status, attempts, last_error from outbound_delivery where notice_id = ?", noticeId);
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) delivery.get("last_error")).containsIgnoringCase("timed out");
    }

    private static Thread awaitThreadIn(String className, String method) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            Optional<Thread> found = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(frame ->
                            frame.getClassName().equals(className) && frame.getMethodName().equals(method)))
                    .map(Map.Entry::getKey).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No thread was sending within 15 s");
    }

    private NoticeSummary awaitProblem(String topic, Duration within) throws InterruptedException {
        long until = System.currentTimeMillis() + within.toMillis();
        while (System.currentTimeMillis() < until) {
            List<NoticeSummary> notices = notifications.about(topic);
            if (notices.size() == 1 && notices.get(0).emailProblem() != null) {
                return notices.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail problem recorded within " + within);
    }
}
