package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;
import static io.engineroom.content.ContentApprovalVariables.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.PillarTarget;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Brand settings, channels, pillars, briefs and channel variants on PostgreSQL: bad input changes nothing. */
@EngineRoomIntegrationTest
class ContentPlanningTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    PillarService pillars;
    @Autowired
    ContentService content;
    @Autowired
    ChannelVariants variants;
    @Autowired
    PillarBalanceService balance;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDirectory users;

    String brand;
    ChannelSummary x;
    ChannelSummary linkedin;
    List<PillarSummary> pillarList;

    @BeforeEach
    void aBrandWithChannelsAndPillars() {
        brand = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Planning Test", false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "Planning Test", true, true, BERLIN,
                Duration.ofHours(48))));
        x = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@plantest", true));
        linkedin = AsAdmin.call(() -> channels.addWebhook(brand, Platform.LINKEDIN, "Planning Test",
                "https://hooks.example.com/in",
                "a-secret-of-enough-length", true));
        pillarList = definePillars(List.of(new PillarTarget("Education", 40, false),
                new PillarTarget("Community", 25, false), new PillarTarget("Inspiration", 20, false),
                new PillarTarget("Promotion", 15, true)));
    }

    @Test
    void brandSettingsAreKept() {
        BrandSettings settings = brands.settings(brand);
        assertThat(settings.regulated()).isTrue();
        assertThat(settings.clientSignOffRequired()).isTrue();
        assertThat(settings.timeZone()).isEqualTo(BERLIN);
        assertThat(settings.approvalLeadTime()).isEqualTo(Duration.ofHours(48));
        assertThatThrownBy(() -> AsAdmin.run(() -> brands.configure(new BrandSettings(brand, " ", false, false, null,
                Duration.ofMinutes(90))))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                assertThat(refused.problems()).containsOnlyKeys("name", "timeZone", "approvalLeadTime"));
        assertThat(brands.settings(brand).approvalLeadTime()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void channelsAreCheckedAndUniquePerPlatformAndHandle() {
        assertThatThrownBy(() -> AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@plantest", false)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsKey("handle"));
        assertThatThrownBy(() -> AsAdmin.call(() -> channels.addMastodon(brand, "@plan@social.example", "not a url",
                "", true)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("baseUrl", "accessToken"));
        assertThatThrownBy(() -> AsAdmin.call(() -> channels.addWebhook(brand, Platform.FACEBOOK, "Plan",
                "https://h.example.com", "short",
                true))).isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("webhookSecret"));
        assertThat(channels.of(brand)).extracting(ChannelSummary::label)
                .containsExactly("LinkedIn Planning Test", "X @plantest");
    }

    @Test
    void pillarTargetsMustAddUpToOneHundred() {
        assertThatThrownBy(() -> definePillars(List.of(new PillarTarget("Education", 60, false),
                new PillarTarget("Promotion", 30, true)))).hasMessageContaining("add up to 90 %");
        assertThatThrownBy(() -> definePillars(List.of(new PillarTarget("Education", 50, false),
                new PillarTarget("education", 50, true)))).hasMessageContaining("named twice");
        assertThat(pillars.of(brand)).extracting(PillarSummary::name)
                .containsExactly("Education", "Community", "Inspiration", "Promotion");
    }

    @Test
    void aPillarInUseCannotBeRemoved() {
        content.plan(brand, brief("Uses promotion", pillar("Promotion"), inDays(3), Set.of(x.id())));

        assertThatThrownBy(() -> definePillars(List.of(new PillarTarget("Education", 100, false))))
                .hasMessageContaining("Content items still use");
        assertThat(pillars.of(brand)).hasSize(4);
    }

    @Test
    void aBriefIsCheckedBeforeAnythingIsSavedOrStarted() {
        long itemsBefore = count("content_item");
        long instancesBefore = runtimeService.createProcessInstanceQuery().tenantIdIn(brand).count();

        assertThatThrownBy(() -> content.plan(brand, new ContentBrief(" ", "fame", null, null, 999_999L, null,
                inDays(-1), Set.of(x.id(), 999_999L)))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                assertThat(refused.problems()).containsOnlyKeys("title", "objective", "pillar", "channels",
                        "publishAt"));

        assertThat(count("content_item")).isEqualTo(itemsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(brand).count()).isEqualTo(instancesBefore);
    }

    @Test
    void aPlannedItemCarriesItsBriefIntoTheSop() {
        long item = content.plan(brand, brief("Autumn savings tips", pillar("Education"), inDays(4),
                Set.of(x.id(), linkedin.id())));

        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("content:" + item)
                .singleResult();
        assertThat(instance.getTenantId()).isEqualTo(brand);
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry(TITLE.name(), "Autumn savings tips")
                .containsEntry(OBJECTIVE.name(), "awareness").containsEntry(KEY_MESSAGE.name(),
                        "Save a little every week")
                .containsKey(PUBLISH_AT.name());
    }

    @Test
    void theBriefWrittenInTheSopReachesTheItem() {
        long item = content.plan(brand, "Only a title so far");
        var brief = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
        java.time.Instant publishAt = inDays(6).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

        taskService.complete(brief.getId(), java.util.Map.of(OBJECTIVE.name(), "leads", KEY_MESSAGE.name(),
                "Book a call",
                PUBLISH_AT.name(), java.util.Date.from(publishAt)));

        var row = jdbc.queryForMap("select objective, key_message, publish_at from content_item where id = ?", item);
        assertThat(row).containsEntry("objective", "leads").containsEntry("key_message", "Book a call");
        assertThat(((java.sql.Timestamp) row.get("publish_at")).toInstant()).isEqualTo(publishAt);
    }

    @Test
    void variantsAreHeldToTheirPlatformsLimits() {
        long item = content.plan(brand, brief("Limits", null, inDays(2), Set.of(x.id(), linkedin.id())));
        String long300 = "Saving ".repeat(42) + "now!"; // 298 characters: fine on LinkedIn, too long for X
        ChannelSummary other = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@plantest", false));
        String writer = TestUsers.ensure(users, brands, "planning-copywriter", Role.COPYWRITER, brand);

        try (SignedIn copywriter = SignedIn.as(users, writer)) {
            assertThatThrownBy(() -> variants.write(item, x.id(), long300))
                    .hasMessageContaining(
                            "Too long for X: 298 weighted characters (links 23, emoji and CJK 2), at most 280");
            VariantView onLinkedIn = variants.write(item, linkedin.id(), long300);
            variants.write(item, x.id(), "Saving now!");
            variants.write(item, x.id(), "Saving now, rewritten!");

            assertThat(onLinkedIn.fits()).isTrue();
            assertThat(variants.of(item)).extracting(VariantView::text)
                    .containsExactlyInAnyOrder(long300, "Saving now, rewritten!");
            assertThatThrownBy(() -> variants.write(item, other.id(), "Hi")).hasMessageContaining("not planned");
            assertThat(variants.preview(x.id(), long300).problems()).isNotEmpty();
        }
    }

    @Test
    void pillarBalanceFlagsPromotionAboveTarget() {
        LocalDate monday = LocalDate.now(BERLIN).plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        planOn(monday, "Promotion");
        planOn(monday.plusDays(1), "Promotion");
        planOn(monday.plusDays(2), "Education");
        planOn(monday.plusDays(3), null);
        planOn(monday.plusDays(7), "Promotion"); // next week: outside

        PillarBalance week = balance.between(brand, monday, monday.plusDays(7));

        assertThat(week.planned()).isEqualTo(4);
        assertThat(week.withoutPillar()).isEqualTo(1);
        assertThat(week.pillars()).extracting(PillarShare::pillar, PillarShare::items, PillarShare::share)
                .contains(org.assertj.core.groups.Tuple.tuple("Promotion", 2, 66.7),
                        org.assertj.core.groups.Tuple.tuple("Education", 1, 33.3),
                        org.assertj.core.groups.Tuple.tuple("Community", 0, 0.0));
        assertThat(week.promotionAboveTarget()).isTrue();
        assertThat(balance.between(brand, monday.plusDays(2), monday.plusDays(4)).promotionAboveTarget()).isFalse();
    }

    private void planOn(LocalDate day, String pillarName) {
        ZonedDateTime tenOClock = day.atTime(10, 0).atZone(BERLIN);
        content.plan(brand, brief("Post on " + day, pillarName == null ? null : pillar(pillarName),
                tenOClock.toInstant(), Set.of(x.id())));
    }

    private ContentBrief brief(String title, Long pillar, java.time.Instant publishAt, Set<Long> channelIds) {
        return new ContentBrief(title, "awareness", "Savers", "Save a little every week", pillar, "Autumn",
                publishAt, channelIds);
    }

    private Long pillar(String name) {
        return pillarList.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static java.time.Instant inDays(int days) {
        return java.time.Instant.now().plus(Duration.ofDays(days));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Pillars are a brand policy: set by an admin (or the brand's social media manager). */
    private List<PillarSummary> definePillars(List<PillarTarget> targets) {
        try (var admin = SignedIn.as(users, "admin")) {
            return pillars.define(brand, targets);
        }
    }
}
