package io.engineroom.identity;

import io.engineroom.base.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account: name, e-mail, where notices go, and their password (the current one is asked
 * for, so a session left open does not let someone else take the account over). Nobody else's: there is no user id
 * to pass.
 */
@Service
public class MyProfile {

    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final EngineIdentity engine;
    private final UserDirectory users;
    private final PasswordRules passwordRules;
    private final JdbcTemplate jdbc;

    MyProfile(CurrentUser currentUser, IdentityService identityService, EngineIdentity engine, UserDirectory users,
            PasswordRules passwordRules, JdbcTemplate jdbc) {
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.engine = engine;
        this.users = users;
        this.passwordRules = passwordRules;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ProfileForm mine() {
        User user = me();
        return new ProfileForm(user.getFirstName(), user.getLastName(), user.getEmail(),
                notificationAddress(user.getId()));
    }

    @Transactional
    public void update(ProfileForm form) {
        User user = me();
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.firstName() == null || form.firstName().isBlank() || form.firstName().length() > 255) {
            problems.put("firstName", "A first name is required (at most 255 characters)");
        }
        if (form.lastName() == null || form.lastName().isBlank() || form.lastName().length() > 255) {
            problems.put("lastName", "A last name is required (at most 255 characters)");
        }
        if (form.email() == null || !People.EMAIL.matcher(form.email().strip()).matches()
                || form.email().length() > 255) {
            problems.put("email", "An e-mail address such as name@example.com is required");
        }
        String notify = form.notificationAddress() == null ? "" : form.notificationAddress().strip();
        if (!notify.isEmpty() && (!People.EMAIL.matcher(notify).matches() || notify.length() > 320)) {
            problems.put("notificationAddress", "An e-mail address such as name@example.com, or empty to use your "
                    + "e-mail");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        user.setFirstName(form.firstName().strip());
        user.setLastName(form.lastName().strip());
        user.setEmail(form.email().strip());
        engine.asSystem(() -> {
            identityService.saveUser(user);
            return null;
        });
        String stored = notify.isEmpty() ? null : notify;
        if (jdbc.update("update person_account set notification_address = ? where user_id = ?", stored,
                user.getId()) == 0 && stored != null) {
            jdbc.update("insert into person_account (user_id, notification_address) values (?, ?)", user.getId(),
                    stored);
        }
    }

    /** Changes my password: the current one must be right, the new one meet the password policy. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        User user = me();
        if (currentPassword == null || !users.checkPassword(user.getId(), currentPassword)) {
            throw new InvalidInput("currentPassword", "That is not your current password");
        }
        passwordRules.problem(newPassword, user).ifPresent(problem -> {
            throw new InvalidInput("newPassword", problem);
        });
        users.changePassword(user.getId(), newPassword);
        jdbc.update("update person_account set password_change_required = false where user_id = ?", user.getId());
    }

    private User me() {
        String id = currentUser.require().id();
        return engine.asSystem(() -> identityService.createUserQuery().userId(id).singleResult());
    }

    private String notificationAddress(String userId) {
        List<String> found = jdbc.queryForList("select notification_address from person_account where user_id = ?",
                String.class, userId);
        return found.isEmpty() || found.get(0) == null ? "" : found.get(0);
    }
}
