package io.engineroom.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentPublishing;
import io.engineroom.content.ContentService;
import io.engineroom.content.PublicationReport;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.IntakeReceipt;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Community care on PostgreSQL: repeated positive interactions make a super-fan whose surprise is recorded with who
 * sent it; reposting asks the author (chased when no answer comes), and only a yes on record plans a credited item,
 * which publishing checks again; other brands' people and other roles are refused.
 */
@EngineRoomIntegrationTest
class CommunityCareTest {

    static final String LOVE = "Thank you so much, I love this! Amazing, wonderful service, you are the best.";

    @Autowired
    CommunityCare care;
    @Autowired
    UgcPermissions permissions;
    @Autowired
    InteractionIntake intake;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ContentService content;
    @Autowired
    ContentPublishing publishing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    String brand;
    long channel;
    String fan;

    @BeforeEach
    void aBrandWithItsCommunityManager() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "community-" + suffix;
        fan = "@fan" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Community Test", false));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@communitytest", true)).id();
        for (String user : List.of("community-manager", "copywriter")) {
            brands.addMember(brand, user);
        }
    }

    @Test
    void repeatedPositiveInteractionsMakeASuperFanWhoseSurpriseIsRecordedWithWhoSentIt() {
        arrive(fan, "a", LOVE, 0);
        arrive(fan, "b", LOVE, 10);
        arrive(fan, "c", LOVE, 20);
        arrive("@once", "d", LOVE, 0);
        // an old one no longer counts: outside the 90 days
        arrive("@longago", "e", LOVE, 100);
        arrive("@longago", "f", LOVE, 100);
        arrive("@longago", "g", LOVE, 1);

        long surprise;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            List<SuperFan> fans = care.superFans(brand);
            assertThat(fans).extracting(SuperFan::authorHandle).containsExactly(fan);
            assertThat(fans.get(0).positiveCount()).isEqualTo(3);

            surprise = care.surprise(brand, fan);
            assertThatThrownBy(() -> care.surprise(brand, fan)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("already open");
            assertThatThrownBy(() -> care.surprise(brand, "@once")).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("not a super-fan");
            assertThat(care.superFans(brand).get(0).surpriseOpen()).isTrue();
        }
        assertThat(openSurprises()).isEqualTo(1);

        Instant before = TestClock.get().instant().truncatedTo(ChronoUnit.MICROS);
        complete(CommunityCare.businessKey(surprise), "community-manager",
                Map.of("surpriseSent", "A hand-written card and a mug", "surpriseNote", "By post"));

        try (var signedIn = SignedIn.as(users, "community-manager")) {
            SurpriseRecord sent = care.surprises(brand).get(0);
            assertThat(sent.open()).isFalse();
            assertThat(sent.whatSent()).isEqualTo("A hand-written card and a mug");
            assertThat(sent.sentBy()).isEqualTo("community-manager");
            assertThat(sent.sentAt()).isBetween(before, TestClock.get().instant());
            assertThat(care.superFans(brand).get(0).lastSurprise()).startsWith("A hand-written card and a mug (")
                    .endsWith(", community-manager)");
        }
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CommunityCare.businessKey(surprise)).count()).isZero();
    }

    @Test
    void otherBrandsPeopleAndOtherRolesAreRefused() {
        String interaction = arrive(fan, "a", LOVE, 0);
        String otherBrand = brand + "-other";
        AsAdmin.run(() -> brands.create(otherBrand, "Community Other", false));
        String elsewhere = TestUsers.ensure(users, brands, "cm-" + otherBrand, Role.COMMUNITY_MANAGER, otherBrand);
        try (var signedIn = SignedIn.as(users, elsewhere)) {
            assertThatThrownBy(() -> care.superFans(brand)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> care.surprise(brand, fan)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> permissions.repostInteraction(brand, interaction, "https://x.example/1"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> permissions.requests(brand)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> permissions.repost(brand, fan, "https://x.example/1"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            assertThatThrownBy(() -> permissions.repost(brand, "two words", "not a link"))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems()).containsOnlyKeys("authorHandle",
                            "postUrl"));
        }
        assertThat(jdbc.queryForObject("select count(*) from ugc_permission where brand_id = ?", Long.class, brand))
                .isZero();
        assertThat(openSurprises()).isZero();
    }

    @Test
    void aRepostAskedAndAnsweredYesPlansACreditedItemThatPublishingChecksAgain() {
        String interaction = arrive(fan, "a", LOVE, 0);
        long permission;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            permission = permissions.repostInteraction(brand, interaction, "https://x.example/fan/1");
        }
        complete(UgcPermissions.businessKey(permission), "community-manager", Map.of("requestText",
                "Hi, may we repost your post with a credit?", "requestUrl", "https://x.example/brand/2"));
        complete(UgcPermissions.businessKey(permission), "community-manager", Map.of("ugcAnswer", "yes",
                "answerUrl", "https://x.example/fan/3"));

        UgcRequest answered = request(permission);
        assertThat(answered.state()).isEqualTo(UgcState.YES);
        assertThat(answered.authorHandle()).isEqualTo(fan);
        assertThat(answered.askedBy()).isEqualTo("community-manager");
        assertThat(answered.answeredBy()).isEqualTo("community-manager");
        assertThat(answered.answerUrl()).isEqualTo("https://x.example/fan/3");
        long item = answered.contentItemId();
        assertThat(jdbc.queryForObject("select ugc_permission_id from content_item where id = ?", Long.class, item))
                .isEqualTo(permission);
        String instance = jdbc.queryForObject("select process_instance_id from content_item where id = ?",
                String.class, item);
        String caption = (String) runtimeService.getVariable(instance, "caption");
        assertThat(caption).contains(UgcPermissions.creditLine(fan));

        // with the yes and the credit the check passes (the item has no channel yet, so nothing is posted)
        assertThat(publish(item, "Look at this! " + caption).lines())
                .containsExactly("No channel is planned for this item");
        assertThat(publish(item, "Look at this, no credit").lines()).singleElement().asString()
                .startsWith("Not published: the credit line");

        try (var signedIn = SignedIn.as(users, "community-manager")) {
            permissions.withdraw(permission, "https://x.example/fan/4");
        }
        PublicationReport refused = publish(item, caption);
        assertThat(refused.allPublished()).isFalse();
        assertThat(refused.lines()).containsExactly("Not published: the author's permission to repost is "
                + "withdrawn, not yes");
    }

    @Test
    void anAnswerNoPlansNothingAndAnItemPlannedWithoutAYesIsNeverPublished() {
        long permission;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            permission = permissions.repost(brand, fan, "https://x.example/fan/9");
        }
        complete(UgcPermissions.businessKey(permission), "community-manager", Map.of("requestText",
                "Hi, may we repost your post with a credit?", "requestUrl", "https://x.example/brand/2"));

        // someone plans a repost under it while the author has not answered: publishing still refuses
        long early = content.planRepost(brand, "Too early", UgcPermissions.creditLine(fan), permission);
        assertThat(publish(early, UgcPermissions.creditLine(fan)).lines())
                .containsExactly("Not published: the author's permission to repost is asked, not yes");

        complete(UgcPermissions.businessKey(permission), "community-manager", Map.of("ugcAnswer", "no",
                "answerUrl", "https://x.example/fan/10"));

        UgcRequest declined = request(permission);
        assertThat(declined.state()).isEqualTo(UgcState.NO);
        assertThat(declined.contentItemId()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from content_item where ugc_permission_id = ?", Long.class,
                permission)).isEqualTo(1);
        assertThat(publish(early, UgcPermissions.creditLine(fan)).lines())
                .containsExactly("Not published: the author's permission to repost is no, not yes");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(UgcPermissions.businessKey(permission)).count()).isZero();
    }

    @Test
    void anUnansweredRequestIsChasedAndStaysOpenForTheAnswer() {
        long permission;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            permission = permissions.repost(brand, fan, "https://x.example/fan/11");
        }
        complete(UgcPermissions.businessKey(permission), "community-manager", Map.of("requestText",
                "Hi, may we repost your post with a credit?", "requestUrl", "https://x.example/brand/12"));
        String key = UgcPermissions.businessKey(permission);
        Task waiting = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult();
        Job reminder = managementService.createJobQuery().processInstanceId(waiting.getProcessInstanceId())
                .timers().singleResult();
        assertThat(reminder.getDuedate().toInstant()).isAfter(TestClock.get().instant().plus(Duration.ofDays(2)));

        managementService.executeJob(reminder.getId());

        Task still = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult();
        assertThat(still.getTaskDefinitionKey()).isEqualTo("RecordAnswer");
        assertThat(still.getPriority()).isGreaterThan(waiting.getPriority());
        assertThat(taskService.getTaskComments(still.getId())).extracting(comment -> comment.getFullMessage())
                .anySatisfy(text -> assertThat(text).startsWith("Reminder: no answer from the author yet"));
        assertThat(jdbc.queryForObject("select reminded_at from ugc_permission where id = ?", Instant.class,
                permission)).isNotNull();
        assertThat(request(permission).state()).isEqualTo(UgcState.ASKED);
    }

    /** As the content SOP's publish step does, inside a transaction. */
    private PublicationReport publish(long item, String caption) {
        return transactions.execute(status -> publishing.publish(item, caption));
    }

    private UgcRequest request(long permission) {
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            return permissions.requests(brand).stream().filter(r -> r.id() == permission).findFirst().orElseThrow();
        }
    }

    private long openSurprises() {
        return jdbc.queryForObject("select count(*) from community_surprise where brand_id = ? and open_key is not "
                + "null", Long.class, brand);
    }

    private void complete(String businessKey, String who, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        try (var signedIn = SignedIn.as(users, who)) {
            inbox.open(task.getId());
            inbox.complete(task.getId(), values, ZoneOffset.UTC);
        }
    }

    private String arrive(String author, String id, String text, int daysAgo) {
        IntakeReceipt receipt = intake.acceptAndStart(channel, List.of(new IncomingInteraction(author + id,
                InteractionKind.COMMENT, author, null, text, null,
                TestClock.get().instant().minus(Duration.ofDays(daysAgo)), null)));
        return receipt.entries().get(0).interactionId();
    }
}
