package io.engineroom.audit;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.TaskInbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/**
 * Five instances of the test-only SOP {@code audit-test-review} with known people, decisions, comments and dates
 * (in 2021, with the engine clock moved, so nothing else in the shared database falls in the same range), made
 * once per test run and shared by the audit tests. Business keys start with {@link #keyPrefix}; the people are
 * made for this run only.
 *
 * <pre>
 * a  northwind  started 2021-03-02 09:00 by manager, legal rejects 03-03 10:00 (REJECT_COMMENT), copy reworks
 *               03-04 11:00, legal approves 03-05 12:00 -> completed at "Cleared"
 * b  beanleaf   started 2021-03-10 09:00 by manager, legal approves 03-11 09:30 -> completed
 * c  northwind  started 2021-04-01 09:00           legal approves 04-02 09:00 -> completed
 * d  northwind  started 2021-03-20 09:00           waits in Legal review (running)
 * e  northwind  started 2021-03-25 09:00           deleted by admin 03-26 09:00 (cancelled)
 * </pre>
 */
public record AuditHistoryFixture(String run, String keyPrefix, String manager, String legal, String copy,
        String auditorNorthwind,
        String a, String b, String c, String d, String e) {

    public static final String SOP = "audit-test-review";
    /** A comment with a comma, quotes, a line break and a non-ASCII character, to test exports' quoting. */
    public static final String REJECT_COMMENT = "Add the \"price\", please:\n4 €";

    private static AuditHistoryFixture made;

    public static synchronized AuditHistoryFixture ensure(ApplicationContext context) {
        if (made == null) {
            made = make(context);
        }
        return made;
    }

    public static Instant at(String isoLocalUtc) {
        return java.time.LocalDateTime.parse(isoLocalUtc).toInstant(ZoneOffset.UTC);
    }

    private static AuditHistoryFixture make(ApplicationContext context) {
        RepositoryService repository = context.getBean(RepositoryService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService tasks = context.getBean(TaskService.class);
        IdentityService identity = context.getBean(IdentityService.class);
        UserDirectory users = context.getBean(UserDirectory.class);
        BrandService brands = context.getBean(BrandService.class);
        TaskInbox inbox = context.getBean(TaskInbox.class);
        deploy(repository);

        String run = UUID.randomUUID().toString().substring(0, 8);
        String legal = TestUsers.ensure(users, brands, "legal-" + run, Role.LEGAL, "northwind", "beanleaf");
        String manager = TestUsers.ensure(users, brands, "manager-" + run, Role.SOCIAL_MANAGER, "northwind",
                "beanleaf");
        String copy = TestUsers.ensure(users, brands, "copy-" + run, Role.COPYWRITER, "northwind", "beanleaf");
        String auditor = TestUsers.ensure(users, brands, "auditor-nw-" + run, Role.AUDITOR, "northwind");
        String prefix = "audit-test:" + run + "-";
        try {
            var steps = new Steps(runtime, tasks, identity, users, inbox, prefix);
            String a = steps.start("a", "northwind", "2021-03-02T09:00", manager);
            steps.complete(a, legal, "2021-03-03T10:00", Map.of("reviewDecision", "reject",
                    "reviewComment", REJECT_COMMENT));
            steps.complete(a, copy, "2021-03-04T11:00", Map.of("caption", "Now with the price: 4 euros",
                    "hashtags", "#price"));
            // the form hides the comment unless the decision is "reject", so this comment is not recorded
            steps.complete(a, legal, "2021-03-05T12:00", Map.of("reviewDecision", "approve",
                    "reviewComment", "Fine now"));
            String b = steps.start("b", "beanleaf", "2021-03-10T09:00", manager);
            steps.complete(b, legal, "2021-03-11T09:30", Map.of("reviewDecision", "approve"));
            String c = steps.start("c", "northwind", "2021-04-01T09:00", null);
            steps.complete(c, legal, "2021-04-02T09:00", Map.of("reviewDecision", "approve"));
            String d = steps.start("d", "northwind", "2021-03-20T09:00", null);
            String e = steps.start("e", "northwind", "2021-03-25T09:00", null);
            ClockUtil.setCurrentTime(Date.from(at("2021-03-26T09:00")));
            identity.setAuthentication("admin", List.of(Role.ADMIN.groupId()), List.of("northwind"));
            try {
                runtime.deleteProcessInstance(e, "withdrawn by the brand");
            } finally {
                identity.clearAuthentication();
            }
            return new AuditHistoryFixture(run, prefix, manager, legal, copy, auditor, a, b, c, d, e);
        } finally {
            ClockUtil.reset();
        }
    }

    private static void deploy(RepositoryService repository) {
        try {
            var deployment = repository.createDeployment().name("audit-test").enableDuplicateFiltering(false)
                    .addClasspathResource("sops/audit-test-review.bpmn")
                    .addString("content-review.form", Files.readString(Path.of("forms", "content-review.form")))
                    .addString("content-copy.form", Files.readString(Path.of("forms", "content-copy.form")));
            // a fixture, not an SOP change under test: live at once instead of waiting for a review
            ChangeIntake.atOnce(deployment::deploy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Steps(RuntimeService runtime, TaskService tasks, IdentityService identity, UserDirectory users,
            TaskInbox inbox, String prefix) {

        String start(String name, String brand, String when, String startedBy) {
            ClockUtil.setCurrentTime(Date.from(at(when)));
            if (startedBy != null) {
                identity.setAuthentication(startedBy, List.of(Role.SOCIAL_MANAGER.groupId()), List.of(brand));
            }
            try {
                return runtime.startProcessInstanceByKey(SOP, prefix + name, Map.of("brand", brand)).getId();
            } finally {
                identity.clearAuthentication();
            }
        }

        /** The person completes the instance's one open task through the inbox, as the task page would. */
        void complete(String instanceId, String userId, String when, Map<String, Object> values) {
            ClockUtil.setCurrentTime(Date.from(at(when)));
            String taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
            try (var signedIn = SignedIn.as(users, userId)) {
                inbox.complete(taskId, values, ZoneOffset.UTC);
            }
        }
    }
}
