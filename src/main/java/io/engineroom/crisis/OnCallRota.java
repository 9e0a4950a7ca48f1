package io.engineroom.crisis;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-call person per brand: out of business hours a crisis notification chain starts with them, whatever
 * their role, because at night the person who answers the phone matters more than the org chart.
 */
@Service
public class OnCallRota {

    private final JdbcTemplate jdbc;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    OnCallRota(JdbcTemplate jdbc, UserDirectory users, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OnCall> onCall(String brandId) {
        return jdbc.query("select brand_id, user_id, set_by, set_at from crisis_on_call where brand_id = ?",
                (row, i) -> new OnCall(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()), brandId).stream().findFirst();
    }

    /** Whether the signed-in person may say who is on call for the brand. */
    public boolean mayPlan(String brandId) {
        EngineRoomUser me = currentUser.require();
        return me.hasRole(Role.ADMIN)
                || (me.belongsTo(brandId) && (me.hasRole(Role.SOCIAL_MANAGER) || me.hasRole(Role.CRISIS_LEAD)));
    }

    /** Who may be named: the brand's members, for those who may plan. */
    @Transactional(readOnly = true)
    public List<String> candidates(String brandId) {
        if (!mayPlan(brandId)) {
            throw new AccessDeniedException("Only the brand's social media managers and crisis leads set who is on call");
        }
        return users.membersOf(brandId);
    }

    /** Social media managers and crisis leads of the brand (and admins) name someone of the brand. */
    @Transactional
    public OnCall setOnCall(String brandId, String userId) {
        EngineRoomUser me = currentUser.require();
        if (!mayPlan(brandId)) {
            throw new AccessDeniedException("Only the brand's social media managers and crisis leads set who is on call");
        }
        if (userId == null || userId.isBlank()) {
            throw new InvalidInput("userId", "Choose who is on call");
        }
        EngineRoomUser person = users.load(userId)
                .orElseThrow(() -> new NotFound("userId", "No user '" + userId + "'"));
        if (!person.belongsTo(brandId)) {
            throw new InvalidInput("userId", person.displayName() + " is not a member of brand '" + brandId + "'");
        }
        Instant now = clock.instant();
        if (jdbc.update("update crisis_on_call set user_id = ?, set_by = ?, set_at = ? where brand_id = ?",
                person.id(), me.id(), Timestamp.from(now), brandId) == 0) {
            jdbc.update("insert into crisis_on_call (brand_id, user_id, set_by, set_at) values (?, ?, ?, ?)",
                    brandId, person.id(), me.id(), Timestamp.from(now));
        }
        return new OnCall(brandId, person.id(), me.id(), now);
    }
}
