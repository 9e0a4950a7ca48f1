package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.identity.signin.SignInThrottle;
import io.engineroom.identity.signin.SignInThrottle.ThrottledAccount;
import io.engineroom.identity.signin.SignInUnlock;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The sign-in locks screen: an admin sees a throttled account and unlocks it; nobody else can. */
@EngineRoomIntegrationTest
class SignInLocksUiTest {

    // an address of each test's own, so their failures never add up to the address rule
    private final String address = "192.0.2." + (1 + new java.util.Random().nextInt(254));

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SignInUnlock unlock;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    UiSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminUnlocksAThrottledAccountAndCamundasOwnLock() {
        String user = throttledUser();
        // a lock Camunda set before its own lock was switched off
        jdbc.update("update act_id_user set attempts_ = 10 where id_ = ?", user);
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(SignInLocksView.class);
        Grid<ThrottledAccount> grid = _get(Grid.class, spec -> spec.withId("sign-in-locks"));
        assertThat(grid.getListDataView().getItems().map(ThrottledAccount::userId)).contains(user);

        int row = grid.getListDataView().getItems().map(ThrottledAccount::userId).toList().indexOf(user);
        _click((Button) GridKt._getCellComponent(grid, row, "unlock"));

        assertThat(_get(Span.class, spec -> spec.withId("sign-in-unlocked")).getText())
                .isEqualTo(user + " can sign in again");
        assertThat(grid.getListDataView().getItems().map(ThrottledAccount::userId)).doesNotContain(user);
        assertThat(throttle.waitBeforeTrying(user, address)).isEmpty();
        assertThat(((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts())
                .isZero();
    }

    @Test
    void onlyAdminsOpenTheScreen() {
        assertThat(SignInLocksView.class.getAnnotation(RolesAllowed.class).value()).containsExactly("admin");
        session = UiSession.signIn(context, users, "social-manager");

        try {
            UI.getCurrent().navigate(SignInLocksView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(SignInLocksView.class::isInstance);
    }

    @Test
    void nobodyButAnAdminListsOrUnlocks() {
        String user = throttledUser();
        try (var manager = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> unlock.unlock(user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> unlock.accounts()).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(throttle.waitBeforeTrying(user, address)).isPresent();
    }

    private String throttledUser() {
        String user = TestUsers.ensure(users, brands, "locked-" + UUID.randomUUID().toString().substring(0, 8),
                Role.COPYWRITER, "beanleaf");
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES + 3; i++) {
            throttle.failed(user, address);
        }
        assertThat(throttle.waitBeforeTrying(user, address)).isPresent();
        return user;
    }
}
