package io.engineroom.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no users, and nobody can sign in to create one. When
 * {@code engineroom.initial-admin.password} is set and no administrator exists, this creates the user
 * {@code admin} with that password, whose first sign-in opens the setup guide; from there people are invited on
 * the People screen. Outside demo mode the password
 * must meet Camunda's password policy, like every other.
 */
@Component
@Order(6)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserDirectory users;
    private final IdentityService identityService;
    private final String password;

    @Autowired
    InitialAdmin(UserDirectory users, IdentityService identityService, IdentitySettings settings) {
        this(users, identityService, settings.initialAdmin().password());
    }

    InitialAdmin(UserDirectory users, IdentityService identityService, String password) {
        this.users = users;
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean hasAdmin = identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count() > 0;
        if (hasAdmin || password.isBlank()) {
            return;
        }
        if (identityService.getPasswordPolicy() != null
                && !identityService.checkPasswordAgainstPolicy(password).isValid()) {
            // stop here, with a reason, rather than run with nobody able to sign in
            throw new IllegalStateException("engineroom.initial-admin.password (ADMIN_PASSWORD) is too weak: it needs "
                    + "10 or more characters with upper and lower case letters, a digit and a special character");
        }
        users.createUser("admin", "Engine Room", "Administrator", null, password, List.of(Role.ADMIN));
        log.info("Created the initial administrator 'admin'");
    }
}
