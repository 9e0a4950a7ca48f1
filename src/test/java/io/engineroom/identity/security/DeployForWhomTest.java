package io.engineroom.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.IdentitySettings;
import io.engineroom.identity.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Who deploys for whom through {@code /engine-rest}: the shared version only administrators, a brand's own version
 * an administrator (any existing brand) or a social media manager of that brand, nobody for a brand that does not
 * exist or an empty Tenant ID.
 */
class DeployForWhomTest {

    final EngineRestUploads uploads = new EngineRestUploads(new IdentitySettings.EngineRest(DataSize.ofMegabytes(1)),
            new CurrentUser(), Set.of("beanleaf", "northwind")::contains);

    final EngineRoomUser admin = user(Role.ADMIN);
    final EngineRoomUser manager = user(Role.SOCIAL_MANAGER, "beanleaf");
    final EngineRoomUser copywriter = user(Role.COPYWRITER, "beanleaf");

    @Test
    void theSharedVersionIsForAdministratorsOnly() {
        assertThat(uploads.refusedFor(admin, Optional.empty())).isEmpty();
        assertThat(uploads.refusedFor(manager, Optional.empty())).hasValue(EngineRestUploads.SHARED_FOR_ADMINS
                + " (your brands: beanleaf).");
    }

    @Test
    void aBrandsOwnVersionIsForItsManagersAndAdministrators() {
        assertThat(uploads.refusedFor(manager, Optional.of("beanleaf"))).isEmpty();
        assertThat(uploads.refusedFor(admin, Optional.of("northwind"))).isEmpty();
        assertThat(uploads.refusedFor(manager, Optional.of("northwind"))).hasValueSatisfying(refusal -> assertThat(
                refusal).contains("your own brands only, not for 'northwind'"));
        assertThat(uploads.refusedFor(copywriter, Optional.of("beanleaf"))).isPresent();
    }

    @Test
    void noBrandThatDoesNotExistAndNoEmptyTenant() {
        assertThat(uploads.refusedFor(admin, Optional.of("nobody"))).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("There is no brand 'nobody'"));
        assertThat(uploads.refusedFor(admin, Optional.of(""))).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("The Tenant ID is empty"));
        assertThat(uploads.refusedFor(manager, Optional.of(""))).isPresent();
    }

    private static EngineRoomUser user(Role role, String... brands) {
        return new EngineRoomUser(role.groupId() + "-test", role.groupId(), Set.of(role.groupId()), Set.of(brands));
    }
}
