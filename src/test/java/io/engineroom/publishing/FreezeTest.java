package io.engineroom.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Publishing freezes on PostgreSQL: who may freeze and release, one freeze at a time, history and events. */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class FreezeTest {

    @Autowired
    FreezeService freezes;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    ApplicationEvents events;

    String brand;
    String manager;
    String crisisLead;
    String copywriter;

    @BeforeEach
    void aBrandWithItsPeople() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "freeze-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Freeze Test", false));
        manager = TestUsers.ensure(users, brands, "fm-" + suffix, Role.SOCIAL_MANAGER, brand);
        crisisLead = TestUsers.ensure(users, brands, "fc-" + suffix, Role.CRISIS_LEAD, brand);
        copywriter = TestUsers.ensure(users, brands, "fw-" + suffix, Role.COPYWRITER, brand);
    }

    @Test
    void aCrisisLeadFreezesAndAManagerReleases() {
        assertThat(freezes.isFrozen(brand)).isFalse();

        freezes.freeze(brand, "Product recall under way", crisisLead);

        assertThat(freezes.isFrozen(brand)).isTrue();
        FreezeSummary current = freezes.current(brand).orElseThrow();
        assertThat(current.frozenBy()).isEqualTo(crisisLead);
        assertThat(current.reason()).isEqualTo("Product recall under way");
        assertThat(current.frozenAt()).isNotNull();
        assertThat(events.stream(PublishingFrozen.class)).containsExactly(
                new PublishingFrozen(brand, "Product recall under way", crisisLead));

        FreezeSummary released = freezes.release(brand, manager, ReleaseChoice.BACK_TO_REVIEW);

        assertThat(released.releasedBy()).isEqualTo(manager);
        assertThat(freezes.isFrozen(brand)).isFalse();
        assertThat(freezes.current(brand)).isEmpty();
        assertThat(events.stream(PublishingReleased.class)).containsExactly(
                new PublishingReleased(brand, ReleaseChoice.BACK_TO_REVIEW, manager));
    }

    @Test
    void othersAreRefusedAndNothingChanges() {
        assertThatThrownBy(() -> freezes.freeze(brand, "I think we should stop", copywriter))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("social media manager");
        assertThat(freezes.isFrozen(brand)).isFalse();

        // a manager of another brand only
        String otherBrand = brand + "-x";
        AsAdmin.run(() -> brands.create(otherBrand, "Other", false));
        String outsider = TestUsers.ensure(users, brands, "fo-" + brand, Role.SOCIAL_MANAGER, otherBrand);
        assertThatThrownBy(() -> freezes.freeze(brand, "Not mine", outsider))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not a member");

        freezes.freeze(brand, "Outage", manager);
        assertThatThrownBy(() -> freezes.release(brand, copywriter, ReleaseChoice.PUBLISH_IN_ORDER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(freezes.isFrozen(brand)).isTrue();
        assertThat(events.stream(PublishingReleased.class)).isEmpty();
    }

    @Test
    void aFrozenBrandCannotBeFrozenAgainNorAnUnfrozenOneReleased() {
        assertThatThrownBy(() -> freezes.release(brand, manager, ReleaseChoice.PUBLISH_IN_ORDER))
                .isInstanceOf(FreezeRefused.class).hasMessageContaining("not frozen");

        freezes.freeze(brand, "Data breach", crisisLead);

        assertThatThrownBy(() -> freezes.freeze(brand, "Also this", manager))
                .isInstanceOf(FreezeRefused.class).hasMessageContaining("frozen already")
                .hasMessageContaining(crisisLead).hasMessageContaining("Data breach");
        assertThat(freezes.history(brand)).hasSize(1);
    }

    @Test
    void historyKeepsEveryFreezeNewestFirst() {
        freezes.freeze(brand, "First storm", crisisLead);
        freezes.release(brand, crisisLead, ReleaseChoice.PUBLISH_IN_ORDER);
        freezes.freeze(brand, "Second storm", manager);

        assertThat(freezes.history(brand)).extracting(FreezeSummary::reason, FreezeSummary::on,
                FreezeSummary::releaseChoice).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Second storm", true, null),
                        org.assertj.core.groups.Tuple.tuple("First storm", false, ReleaseChoice.PUBLISH_IN_ORDER));
        assertThat(freezes.history(brand).get(1).releasedBy()).isEqualTo(crisisLead);
    }
}
