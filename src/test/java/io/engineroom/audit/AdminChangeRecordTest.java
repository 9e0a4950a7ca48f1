package io.engineroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.audit.changes.AdminChangeTable;
import io.engineroom.base.AdminChange;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every published {@link AdminChange} is recorded in the transaction of the change: gone with a rollback, there
 * after the commit, refused without a transaction; and each reader sees only the changes of their brands.
 */
@EngineRoomIntegrationTest
class AdminChangeRecordTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AdminChangeLog log;
    @Autowired
    AuditExport exports;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    /** Each test's own area, so the changes of other tests (and the demo's own) never count. */
    final String area = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aChangeWhoseTransactionRollsBackLeavesNoRecord() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(change("beanleaf", "Rolled back"));
            assertThat(recorded()).as("recorded inside the change's transaction").hasSize(1);
            throw new IllegalStateException("the change fails after it was published");
        })).hasMessage("the change fails after it was published");

        assertThat(recorded()).isEmpty();
    }

    @Test
    void aCommittedChangeIsRecordedWithEachFieldBeforeAndAfter() {
        Instant at = Instant.parse("2026-11-02T10:15:00Z");
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new AdminChange(area, "Bean & Leaf Coffee", "beanleaf", "changed", "admin", at,
                        Map.of("Name", "Bean and Leaf", "Regulated", "no"),
                        Map.of("Name", "Bean & Leaf Coffee", "Regulated", "no", "Time zone", "Europe/Berlin"))));

        List<AdminChangeEntry> recorded = recorded();
        assertThat(recorded).hasSize(1);
        AdminChangeEntry change = recorded.get(0);
        assertThat(change.at()).isEqualTo(at);
        assertThat(List.of(change.actor(), change.subject(), change.brandId(), change.action()))
                .containsExactly("admin", "Bean & Leaf Coffee", "beanleaf", "changed");
        assertThat(change.fields()).extracting(AdminChangeEntry.Field::text).containsExactly(
                "Name: Bean and Leaf → Bean & Leaf Coffee", "Regulated: no → no",
                "Time zone: (none) → Europe/Berlin");
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefusedAndNotRecorded() {
        assertThatThrownBy(() -> events.publishEvent(change("beanleaf", "No transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(recorded()).isEmpty();
    }

    @Test
    void eachReaderSeesTheirBrandsChangesAndOnlyAdminsAndAuditorsThoseOutsideAnyBrand() {
        String manager;
        String auditor;
        try (var admin = SignedIn.as(users, "admin")) {
            manager = TestUsers.ensure(users, brands, "changes-manager-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
            auditor = TestUsers.ensure(users, brands, "changes-auditor-northwind", Role.AUDITOR, "northwind");
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(change("northwind", "Northwind's"));
            events.publishEvent(change("beanleaf", "Bean & Leaf's"));
            events.publishEvent(change(null, "Nobody's brand"));
        });

        assertThat(subjectsSeenBy("admin")).containsExactlyInAnyOrder("Northwind's", "Bean & Leaf's", "Nobody's brand");
        assertThat(subjectsSeenBy(auditor)).containsExactlyInAnyOrder("Northwind's", "Nobody's brand");
        assertThat(subjectsSeenBy(manager)).containsExactly("Bean & Leaf's");
        try (var copywriter = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> log.search(search(), 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.count(search())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theExportListsEachChangeWithItsFieldsNewestFirst() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new AdminChange(area, "@beanleaf on Mastodon", "beanleaf", "credential issued",
                    "admin", Instant.parse("2026-11-02T10:00:00Z"), Map.of(), Map.of("Intake secret", "(issued)")));
            events.publishEvent(new AdminChange(area, "@beanleaf on Mastodon", "beanleaf", "disabled", "admin",
                    Instant.parse("2026-11-02T11:00:00Z"), Map.of("Enabled", "yes"), Map.of("Enabled", "no")));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (var auditor = SignedIn.as(users, "auditor")) {
            exports.adminChanges(search(), ExportFormat.CSV, out, (done, total) -> { });
        }

        // the subject starts with '@', which a spreadsheet would read as a formula: the export defuses it with "'"
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "When,Who,Area,Subject,Brand,Action,Changes",
                "2026-11-02T11:00:00Z,admin," + area + ",'@beanleaf on Mastodon,beanleaf,disabled,Enabled: yes → no",
                "2026-11-02T10:00:00Z,admin," + area + ",'@beanleaf on Mastodon,beanleaf,credential issued,"
                        + "Intake secret: (none) → (issued)");
    }

    @Test
    void nothingOffersAWayToChangeOrRemoveARecordedChange() {
        for (Class<?> type : List.of(AdminChangeLog.class, AdminChangeTable.class)) {
            assertThat(Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers())).map(Method::getName))
                    .as(type.getSimpleName())
                    .isSubsetOf("brands", "areas", "search", "count", "lastId");
        }
    }

    private AdminChange change(String brandId, String subject) {
        return new AdminChange(area, subject, brandId, "created", "admin", Instant.now(), Map.of(),
                Map.of("Name", subject));
    }

    private AdminChangeSearch search() {
        return new AdminChangeSearch(null, area, null, null, null);
    }

    private List<AdminChangeEntry> recorded() {
        try (var admin = SignedIn.as(users, "admin")) {
            return log.search(search(), 0, 100);
        }
    }

    private List<String> subjectsSeenBy(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            assertThat(log.count(search())).isEqualTo(log.search(search(), 0, 100).size());
            return log.search(search(), 0, 100).stream().map(AdminChangeEntry::subject).toList();
        }
    }
}
