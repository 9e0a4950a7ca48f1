package io.engineroom.identity.signin;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.signin.SignInThrottle.ThrottledAccount;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An administrator's view of failed sign-ins and their unlock: the account's throttle is cleared and Camunda's own
 * lock too (none is set any more, but a user locked before this version would otherwise stay locked).
 */
@Service
public class SignInUnlock {

    private final SignInThrottle throttle;
    private final IdentityService identityService;
    private final EngineIdentity engineIdentity;
    private final CurrentUser currentUser;

    SignInUnlock(SignInThrottle throttle, IdentityService identityService, EngineIdentity engineIdentity,
            CurrentUser currentUser) {
        this.throttle = throttle;
        this.identityService = identityService;
        this.engineIdentity = engineIdentity;
        this.currentUser = currentUser;
    }

    /** Accounts with failed sign-ins in the last hour, the most recent first. */
    public List<ThrottledAccount> accounts() {
        requireAdmin();
        return throttle.accounts();
    }

    public void unlock(String userId) {
        requireAdmin();
        throttle.clear(userId);
        // as the admin: Camunda lets only its admins unlock, and its operation log names who did
        engineIdentity.asCurrentUser(() -> identityService.unlockUser(userId));
    }

    private void requireAdmin() {
        if (!currentUser.require().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator unlocks sign-ins");
        }
    }
}
