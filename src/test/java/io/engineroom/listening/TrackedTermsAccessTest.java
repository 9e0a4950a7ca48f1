package io.engineroom.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change what a brand tracks (its social media managers and analysts, admins) and who may read its
 * listening (its report readers): everyone else is refused by the services, whatever the screen offered.
 */
@EngineRoomIntegrationTest
class TrackedTermsAccessTest {

    @Autowired
    TrackedTerms terms;
    @Autowired
    ListeningFigures figures;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;

    String brand;
    String suffix;

    @BeforeEach
    void aBrandTrackingOneHashtag() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "lacc-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Listening access " + suffix, false));
        AsAdmin.run(() -> terms.add(brand, TermKind.HASHTAG, "beanleaf", null));
    }

    @Test
    void aCopywriterOfTheBrandAndAManagerOfAnotherBrandAreRefusedEveryChange() {
        String copywriter = TestUsers.ensure(users, brands, "lacc-copy-" + suffix, Role.COPYWRITER, brand);
        String outsider = TestUsers.ensure(users, brands, "lacc-out-" + suffix, Role.SOCIAL_MANAGER, "beanleaf");
        long termId = AsAdmin.call(() -> terms.of(brand)).get(0).id();

        for (String who : new String[] {copywriter, outsider}) {
            try (var signedIn = SignedIn.as(users, who)) {
                assertThatThrownBy(() -> terms.add(brand, TermKind.KEYWORD, "bean and leaf", null))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> terms.remove(brand, termId)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> terms.setServer(brand, "https://mastodon.example"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> terms.of(brand)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> figures.latest(brand, 10)).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(AsAdmin.call(() -> terms.of(brand))).extracting(TrackedTerm::term).containsExactly("beanleaf");
    }

    @Test
    void anExecutiveReadsTheFiguresButChangesNothingAndAManagerOfTheBrandDoes() {
        String executive = TestUsers.ensure(users, brands, "lacc-exec-" + suffix, Role.EXECUTIVE, brand);
        String manager = TestUsers.ensure(users, brands, "lacc-mgr-" + suffix, Role.SOCIAL_MANAGER, brand);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        try (var signedIn = SignedIn.as(users, executive)) {
            assertThat(figures.figures(brand, today, today.plusDays(1), ZoneOffset.UTC).shares())
                    .extracting(VoiceShare::voice).containsExactly(VoiceShare.OWN);
            assertThatThrownBy(() -> terms.add(brand, TermKind.KEYWORD, "bean and leaf", null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, manager)) {
            terms.add(brand, TermKind.KEYWORD, "Bean and Leaf", null);
            assertThatThrownBy(() -> terms.add(brand, TermKind.KEYWORD, "bean AND leaf", null))
                    .isInstanceOf(io.engineroom.base.InvalidInput.class).hasMessage("Already tracked");
        }
        assertThat(AsAdmin.call(() -> terms.of(brand))).extracting(TrackedTerm::term)
                .containsExactlyInAnyOrder("beanleaf", "bean and leaf");
    }
}
