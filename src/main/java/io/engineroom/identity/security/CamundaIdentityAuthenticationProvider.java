package io.engineroom.identity.security;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks a username and password against Camunda's IdentityService; the user's groups become authorities. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory users;

    CamundaIdentityAuthenticationProvider(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !users.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Wrong username or password");
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
