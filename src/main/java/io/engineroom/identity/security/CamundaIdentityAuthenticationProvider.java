package io.engineroom.identity.security;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import io.engineroom.identity.signin.SignInThrottle;
import io.engineroom.identity.signin.SignInThrottledException;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password against Camunda's IdentityService; the user's groups become authorities. The
 * sign-in throttle is asked first, so an attempt during a delay never reaches the password check (nor Camunda's
 * count of failures), and wrong passwords are counted by account and address. A deactivated person is refused even
 * with the right password.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory users;
    private final SignInThrottle throttle;

    CamundaIdentityAuthenticationProvider(UserDirectory users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Wrong username or password");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "";
        throttle.waitBeforeTrying(userId, address).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        if (!users.checkPassword(userId, credentials.toString())) {
            throttle.failed(userId, address);
            throw new BadCredentialsException("Wrong username or password");
        }
        throttle.succeeded(userId, address);
        if (!users.isActive(userId)) {
            // said only after the right password, so it tells nobody else whether the account exists
            throw new DisabledException("This account is deactivated. Ask an administrator if you need it again.");
        }
        EngineRoomUser user = users.load(userId).orElseThrow(() -> new BadCredentialsException("Unknown user"));
        List<SimpleGrantedAuthority> authorities = user.groups().stream()
                .map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
