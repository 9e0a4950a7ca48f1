package io.engineroom.notification;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.CurrentUser;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person hears of each kind of notice: at once, in the daily digest, or in-app only. A kind nobody chose
 * for is delivered at once; crisis notices always are, whatever is stored.
 */
@Service
public class NoticePreferences {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    NoticePreferences(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** How the person hears of notices of this kind. */
    @Transactional(readOnly = true)
    public NoticeDelivery deliveryFor(String userId, NoticeKind kind) {
        if (kind.isCrisis()) {
            return NoticeDelivery.IMMEDIATE;
        }
        return jdbc.queryForList("select delivery from notice_preference where user_id = ? and kind = ?",
                String.class, userId, kind.code()).stream().findFirst().map(NoticeDelivery::valueOf)
                .orElse(NoticeDelivery.IMMEDIATE);
    }

    /** The signed-in person's choice for every kind, crisis included (always at once). */
    @Transactional(readOnly = true)
    public Map<NoticeKind, NoticeDelivery> mine() {
        String me = currentUser.require().id();
        Map<NoticeKind, NoticeDelivery> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, NoticeDelivery.IMMEDIATE);
        }
        jdbc.query("select kind, delivery from notice_preference where user_id = ?", rs -> {
            String delivery = rs.getString(2);
            NoticeKind.fromCode(rs.getString(1)).filter(kind -> !kind.isCrisis())
                    .ifPresent(kind -> choices.put(kind, NoticeDelivery.valueOf(delivery)));
        }, me);
        return choices;
    }

    /** The signed-in person chooses how to hear of a kind; crisis notices cannot be changed. */
    @Transactional
    public void choose(NoticeKind kind, NoticeDelivery delivery) {
        if (kind == null || delivery == null) {
            throw new InvalidInput("delivery", "Choose a kind of notice and how to hear of it");
        }
        if (kind.isCrisis() && delivery != NoticeDelivery.IMMEDIATE) {
            throw new InvalidInput(kind.code(), "Crisis notices always come at once: they cannot be switched off");
        }
        String me = currentUser.require().id();
        jdbc.update("delete from notice_preference where user_id = ? and kind = ?", me, kind.code());
        jdbc.update("insert into notice_preference (user_id, kind, delivery) values (?, ?, ?)", me, kind.code(),
                delivery.name());
    }
}
