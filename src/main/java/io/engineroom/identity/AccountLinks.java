package io.engineroom.identity;

import io.engineroom.base.Secrets;
import io.engineroom.base.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to choose a password: an invitation, or a password reset. The token is 256 random bits, shown
 * once (and mailed); only its SHA-256 is stored, so the table gives nobody a way in. A link works once, until it
 * expires ({@link LinkPurpose#validFor()}) or a newer link of the same kind replaces it; a deactivated person's
 * link does not work. Opening the link needs no sign-in: the token is the proof.
 */
@Service
public class AccountLinks {

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final EngineIdentity engine;
    private final UserDirectory users;
    private final PasswordRules passwordRules;
    private final AccountLinkMail mail;
    private final Clock clock;

    AccountLinks(JdbcTemplate jdbc, IdentityService identityService, EngineIdentity engine, UserDirectory users,
            PasswordRules passwordRules, AccountLinkMail mail, Clock clock) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.engine = engine;
        this.users = users;
        this.passwordRules = passwordRules;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Issues a link in the caller's transaction, replacing the person's open links of that kind, and mails it to
     * {@code email} after commit when e-mail is configured. For the people services, after their checks.
     */
    IssuedLink issue(String userId, LinkPurpose purpose, String by, String email) {
        Instant now = clock.instant();
        jdbc.update("update account_link set replaced_at = ? where user_id = ? and purpose = ? and used_at is null "
                + "and replaced_at is null", now.toEpochMilli(), userId, purpose.route());
        String token = Secrets.random("");
        Instant expires = now.plus(purpose.validFor());
        jdbc.update("insert into account_link (token_hash, user_id, purpose, created_by, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?)", Secrets.sha256Hex(token), userId, purpose.route(), by, now.toEpochMilli(),
                expires.toEpochMilli());
        String url = mail.url("/" + purpose.route() + "/" + token);
        boolean mailed = mail.configured() && email != null && !email.isBlank();
        if (mailed) {
            mail.sendAfterCommit(email, subject(purpose), text(purpose, userId, url, purpose.validFor().toDays()));
        }
        return new IssuedLink(userId, purpose, url, expires, mailed);
    }

    /** Ends every open link of the person (they were deactivated). */
    void endAll(String userId) {
        jdbc.update("update account_link set replaced_at = ? where user_id = ? and used_at is null "
                + "and replaced_at is null", clock.instant().toEpochMilli(), userId);
    }

    /** What the link with this token is: open, used (or replaced), expired, or unknown. */
    @Transactional(readOnly = true)
    public LinkStatus check(String token) {
        List<Map<String, Object>> rows = token == null || token.isBlank() ? List.of()
                : jdbc.queryForList("select user_id, purpose, expires_at, used_at, replaced_at from account_link "
                        + "where token_hash = ?", Secrets.sha256Hex(token));
        if (rows.isEmpty()) {
            return new LinkStatus(LinkStatus.State.UNKNOWN, null, null);
        }
        Map<String, Object> row = rows.get(0);
        LinkPurpose purpose = LinkPurpose.ofRoute((String) row.get("purpose"));
        String userId = (String) row.get("user_id");
        if (row.get("used_at") != null || row.get("replaced_at") != null) {
            return new LinkStatus(LinkStatus.State.USED, null, purpose);
        }
        if (((Number) row.get("expires_at")).longValue() <= clock.instant().toEpochMilli()) {
            return new LinkStatus(LinkStatus.State.EXPIRED, null, purpose);
        }
        if (!users.isActive(userId)) {
            return new LinkStatus(LinkStatus.State.USED, null, purpose);
        }
        return new LinkStatus(LinkStatus.State.OPEN, userId, purpose);
    }

    /**
     * Sets the person's password from an open link and ends the link: the one use it has. A password the policy
     * refuses is refused next to the field ({@code password}) and leaves the link open; a link that is not open is
     * refused as {@code link}.
     *
     * @return whose password it was, to sign in with
     */
    @Transactional
    public String redeem(String token, String password) {
        LinkStatus status = check(token);
        if (!status.open()) {
            throw new InvalidInput("link", switch (status.state()) {
                case USED -> "This link was used already. Ask for a new one.";
                case EXPIRED -> "This link has expired. Ask for a new one.";
                default -> "This link is not known. Check that it was copied whole.";
            });
        }
        User user = engine.asSystem(() -> identityService.createUserQuery().userId(status.userId()).singleResult());
        passwordRules.problem(password, user).ifPresent(problem -> {
            throw new InvalidInput("password", problem);
        });
        Instant now = clock.instant();
        // the row's own check, so two tabs submitting at once cannot both use it
        if (jdbc.update("update account_link set used_at = ? where token_hash = ? and used_at is null "
                + "and replaced_at is null and expires_at > ?", now.toEpochMilli(), Secrets.sha256Hex(token),
                now.toEpochMilli()) != 1) {
            throw new InvalidInput("link", "This link was used already. Ask for a new one.");
        }
        users.changePassword(status.userId(), password);
        jdbc.update("update person_account set password_change_required = false where user_id = ?",
                status.userId());
        return status.userId();
    }

    private static String subject(LinkPurpose purpose) {
        return purpose == LinkPurpose.INVITATION ? "You are invited to Engine Room" : "Choose a new Engine Room password";
    }

    private static String text(LinkPurpose purpose, String userId, String url, long days) {
        String why = purpose == LinkPurpose.INVITATION
                ? "You have been invited to Engine Room. Your user id is " + userId + "."
                : "A new password was asked for your Engine Room account " + userId + ".";
        return why + "\n\nChoose your password here (the link works once, for " + days
                + (days == 1 ? " day" : " days") + "):\n" + url + "\n";
    }

}
