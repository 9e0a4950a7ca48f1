package io.engineroom.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and write an item's channel variants, and when: refusals leave the saved texts as they were. */
@EngineRoomIntegrationTest
class ChannelVariantAccessTest {

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    ContentPieces pieces;
    @Autowired
    ChannelVariants variants;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    ChannelSummary mastodon;
    long item;

    @BeforeEach
    void anItemWithOneVariant() {
        brand = "access-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Access Test", false));
        mastodon = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@access@social.example", true));
        item = content.plan(brand, new ContentBrief("Access", "awareness", null, "Hello", null, null,
                Instant.now().plus(Duration.ofDays(3)), Set.of(mastodon.id())));
        try (SignedIn copywriter = signedIn("access-copywriter", Role.COPYWRITER, brand)) {
            variants.write(item, mastodon.id(), "The first text");
        }
    }

    @Test
    void aMemberCopywriterOrSocialManagerWritesAndClears() {
        try (SignedIn manager = signedIn("access-manager", Role.SOCIAL_MANAGER, brand)) {
            variants.write(item, mastodon.id(), "Rewritten by the manager");
            assertThat(savedText()).isEqualTo("Rewritten by the manager");
            assertThat(pieces.piece(item).writable()).isTrue();

            variants.clear(item, mastodon.id());
        }
        assertThat(count()).isZero();
    }

    @Test
    void aNonMemberNeitherReadsNorWrites() {
        try (SignedIn outsider = signedIn("access-outsider", Role.COPYWRITER, "beanleaf")) {
            assertThatThrownBy(() -> variants.of(item)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> variants.preview(mastodon.id(), "Hi")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pieces.piece(item)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> variants.write(item, mastodon.id(), "Taken over"))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining(brand);
            assertThatThrownBy(() -> variants.clear(item, mastodon.id())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(savedText()).isEqualTo("The first text");
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> variants.of(item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> variants.write(item, mastodon.id(), "Anonymous"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(savedText()).isEqualTo("The first text");
    }

    @Test
    void aReviewerReadsButDoesNotWrite() {
        try (SignedIn reviewer = signedIn("access-reviewer", Role.BRAND_REVIEWER, brand)) {
            assertThat(variants.of(item)).extracting(VariantView::text).containsExactly("The first text");
            assertThat(pieces.piece(item).writable()).isFalse();
            assertThatThrownBy(() -> variants.write(item, mastodon.id(), "Reviewer's own words"))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("copywriter");
        }
        assertThat(savedText()).isEqualTo("The first text");
    }

    @Test
    void anApprovedItemsVariantsNoLongerChange() {
        content.markApproved(item);
        try (SignedIn copywriter = signedIn("access-copywriter", Role.COPYWRITER, brand)) {
            assertThat(pieces.piece(item).writable()).isFalse();
            assertThatThrownBy(() -> variants.write(item, mastodon.id(), "A late change"))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("contentItem").extractingByKey("contentItem").asString()
                            .contains("approved"));
            assertThatThrownBy(() -> variants.clear(item, mastodon.id())).isInstanceOf(InvalidInput.class);
            assertThat(variants.of(item)).extracting(VariantView::text).containsExactly("The first text");
        }
        assertThat(savedText()).isEqualTo("The first text");
    }

    private SignedIn signedIn(String userId, Role role, String brandId) {
        return SignedIn.as(users, TestUsers.ensure(users, brands, userId, role, brandId));
    }

    private String savedText() {
        return jdbc.queryForObject("select text from channel_variant where content_item_id = ?", String.class, item);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from channel_variant where content_item_id = ?", Long.class, item);
    }
}
