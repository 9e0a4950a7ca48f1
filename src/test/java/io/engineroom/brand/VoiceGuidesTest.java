package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A brand's voice guide and the overrides of its check, on the real application and PostgreSQL. */
@EngineRoomIntegrationTest
class VoiceGuidesTest {

    private static final VoiceGuideForm GUIDE = new VoiceGuideForm("Warm and plain", "roast, fresh",
            "cheap\nbest in town", "Fresh from the roastery", "#beanleaf", EmojiPolicy.SPARINGLY, 2, "#ad\n#sponsored");

    @Autowired
    VoiceGuides guides;
    @Autowired
    VoiceCheck check;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String otherBrand;
    String manager;
    String copywriter;
    String otherManager;

    @BeforeEach
    void twoBrandsWithTheirPeople() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "voice-" + suffix;
        otherBrand = "voice-other-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Voice " + suffix, false));
        AsAdmin.run(() -> brands.create(otherBrand, "Other voice " + suffix, false));
        manager = TestUsers.ensure(users, brands, "voice-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
        copywriter = TestUsers.ensure(users, brands, "voice-copywriter-" + suffix, Role.COPYWRITER, brand);
        otherManager = TestUsers.ensure(users, brands, "voice-other-manager-" + suffix, Role.SOCIAL_MANAGER,
                otherBrand);
    }

    @Test
    void aManagerOfTheBrandSavesItsGuideAndTheAuditTrailKeepsWhoChangedWhat() {
        VoiceGuide saved;
        try (SignedIn signedIn = SignedIn.as(users, manager)) {
            saved = guides.save(brand, GUIDE);
        }
        assertThat(saved.wordsToUse()).containsExactly("roast", "fresh");
        assertThat(saved.wordsToAvoid()).containsExactly("cheap", "best in town");
        assertThat(saved.disclosures()).containsExactly("#ad", "#sponsored");
        assertThat(saved.emojiLimit()).isEqualTo(2);
        assertThat(saved.updatedBy()).isEqualTo(manager);
        try (SignedIn signedIn = SignedIn.as(users, copywriter)) {
            assertThat(guides.of(brand)).contains(saved);
        }
        try (SignedIn signedIn = SignedIn.as(users, manager)) {
            guides.save(brand, new VoiceGuideForm("Warm", "", "cheap", "", "", EmojiPolicy.NONE, null, "#ad"));
        }
        List<Map<String, Object>> changes = jdbc.queryForList("select c.action, c.actor, v.value_before, "
                + "v.value_after from admin_change c join admin_change_value v on v.change_id = c.id "
                + "where c.brand_id = ? and c.subject = 'Brand voice' and v.field = 'Words to avoid' order by c.id",
                brand);
        assertThat(changes).extracting(row -> row.get("action"))
                .containsExactly("voice guide created", "voice guide changed");
        assertThat(changes).extracting(row -> row.get("actor")).containsOnly(manager);
        assertThat(changes.get(1).get("value_before")).isEqualTo("cheap, best in town");
        assertThat(changes.get(1).get("value_after")).isEqualTo("cheap");
    }

    @Test
    void aCopywriterAndAManagerOfAnotherBrandAreRefusedAndNothingIsSaved() {
        try (SignedIn signedIn = SignedIn.as(users, copywriter)) {
            assertThatThrownBy(() -> guides.save(brand, GUIDE)).isInstanceOf(AccessDeniedException.class);
        }
        try (SignedIn signedIn = SignedIn.as(users, otherManager)) {
            assertThatThrownBy(() -> guides.save(brand, GUIDE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> guides.of(brand)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> check.check(brand, List.of(new VoiceText("caption", "cheap")), false))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from brand_voice_guide where brand_id = ?", Integer.class,
                brand)).isZero();
    }

    @Test
    void aBadGuideIsRefusedByFieldAndNothingIsSaved() {
        try (SignedIn signedIn = SignedIn.as(users, manager)) {
            assertThatThrownBy(() -> guides.save(brand, new VoiceGuideForm("", "cheap", "Cheap", "", "",
                    EmojiPolicy.SPARINGLY, null, ""))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                            assertThat(refused.problems()).containsOnlyKeys("emojiMax", "wordsToAvoid"));
        }
        assertThat(jdbc.queryForObject("select count(*) from brand_voice_guide where brand_id = ?", Integer.class,
                brand)).isZero();
    }

    @Test
    void anOverrideIsRecordedWithWhoWhatWasFlaggedAndTheReasonAndNeedsAReason() {
        try (SignedIn signedIn = SignedIn.as(users, manager)) {
            guides.save(brand, GUIDE);
        }
        try (SignedIn signedIn = SignedIn.as(users, copywriter)) {
            List<VoiceFlag> flags = check.check(brand, List.of(
                    new VoiceText("caption", "Cheap beans \u2615\u2615\u2615"),
                    new VoiceText("hashtags", "#beanleaf")), true);
            assertThat(flags).extracting(VoiceFlag::kind).containsExactly(VoiceFlag.Kind.AVOIDED_WORD,
                    VoiceFlag.Kind.TOO_MANY_EMOJI, VoiceFlag.Kind.MISSING_DISCLOSURE);
            assertThat(VoiceCheck.byField(flags)).containsOnlyKeys("caption");

            assertThatThrownBy(() -> check.recordOverride(brand, "copy", "content:1", "task-1", flags, "  "))
                    .isInstanceOfSatisfying(InvalidInput.class, refused ->
                            assertThat(refused.problems()).containsOnlyKeys("reason"));
            check.recordOverride(brand, "copy", "content:1", "task-1", flags, "Quoting the customer's own words");
        }
        try (SignedIn signedIn = SignedIn.as(users, otherManager)) {
            assertThatThrownBy(() -> check.recordOverride(brand, "copy", "content:1", "task-1",
                    List.of(new VoiceFlag(VoiceFlag.Kind.AVOIDED_WORD, "caption", "x")), "because"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> check.overrides(brand)).isInstanceOf(AccessDeniedException.class);
        }
        try (SignedIn signedIn = SignedIn.as(users, manager)) {
            assertThat(check.overrides(brand)).singleElement().satisfies(override -> {
                assertThat(override.actor()).isEqualTo(copywriter);
                assertThat(override.recordRef()).isEqualTo("content:1");
                assertThat(override.taskId()).isEqualTo("task-1");
                assertThat(override.reason()).isEqualTo("Quoting the customer's own words");
                assertThat(override.flagged()).contains("caption: The voice guide avoids \u201ccheap\u201d",
                        "allows up to 2 emoji; this has 3", "must carry #ad or #sponsored");
            });
        }
        assertThat(jdbc.queryForList("select c.actor, v.value_after from admin_change c join admin_change_value v "
                + "on v.change_id = c.id where c.brand_id = ? and c.area = 'voice' and v.field = 'Reason'", brand))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("actor")).isEqualTo(copywriter);
                    assertThat(row.get("value_after")).isEqualTo("Quoting the customer's own words");
                });
    }
}
