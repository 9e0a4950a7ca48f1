package io.engineroom.notification;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.UserDirectory;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person hears of each kind of notice: at once, in the daily digest, or in-app only, and the time zone
 * their digest arrives at 08:00 in. A kind nobody chose for is delivered at once; crisis notices always are,
 * whatever is stored. A person reads and changes only their own preferences: every method for a person works on
 * the signed-in one, and without one it refuses.
 */
@Service
public class NoticePreferences {

    /** The longest time zone id kept (the IANA ids are far shorter). */
    static final int MAX_ZONE_LENGTH = 64;
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final BrandService brands;

    NoticePreferences(JdbcTemplate jdbc, CurrentUser currentUser, UserDirectory users, BrandService brands) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.brands = brands;
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
        write(me, kind, delivery);
    }

    /** The signed-in person's preferences: every kind's choice and the digest's time zone (chosen or default). */
    @Transactional(readOnly = true)
    public NoticeSettings mySettings() {
        var me = currentUser.require();
        ZoneId zone = chosenZone(me.id()).orElseGet(() -> defaultZone(me.brands()));
        return new NoticeSettings(mine(), zone.getId());
    }

    /**
     * The signed-in person saves all their preferences at once. Every problem is named by its field (a kind's code,
     * {@code timeZone}) and nothing is written unless all is well; crisis notices stay at once.
     */
    @Transactional
    public NoticeSettings save(NoticeSettings settings) {
        String me = currentUser.require().id();
        if (settings == null) {
            throw new InvalidInput("timeZone", "Nothing to save");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            NoticeDelivery delivery = settings.deliveries().get(kind);
            if (delivery == null) {
                problems.put(kind.code(), "Choose how to hear of " + kind.label().toLowerCase());
            } else if (kind.isCrisis() && delivery != NoticeDelivery.IMMEDIATE) {
                problems.put(kind.code(), "Crisis notices always come at once: they cannot be switched off");
            }
        }
        ZoneId zone = null;
        String zoneId = settings.timeZone() == null ? "" : settings.timeZone().strip();
        if (zoneId.isEmpty()) {
            problems.put("timeZone", "Choose the time zone your daily digest arrives at 08:00 in");
        } else {
            try {
                zone = zoneId.length() > MAX_ZONE_LENGTH ? null : ZoneId.of(zoneId);
            } catch (DateTimeException unknown) {
                zone = null;
            }
            if (zone == null) {
                problems.put("timeZone", "'" + shorten(zoneId) + "' is no time zone: choose one such as Europe/Berlin");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (NoticeKind kind : NoticeKind.values()) {
            if (!kind.isCrisis()) {
                write(me, kind, settings.deliveries().get(kind));
            }
        }
        if (jdbc.update("update notice_person_setting set time_zone = ? where user_id = ?", zone.getId(), me) == 0) {
            jdbc.update("insert into notice_person_setting (user_id, time_zone) values (?, ?)", me, zone.getId());
        }
        return mySettings();
    }

    /**
     * The time zone a person's digest goes out in: the one they chose, else that of their first brand (by id),
     * else UTC. For Engine Room itself (the digest), which runs with nobody signed in.
     */
    @Transactional(readOnly = true)
    public ZoneId timeZoneOf(String userId) {
        return chosenZone(userId).orElseGet(() -> defaultZone(users.load(userId)
                .map(user -> (Collection<String>) user.brands()).orElse(List.of())));
    }

    private Optional<ZoneId> chosenZone(String userId) {
        return jdbc.queryForList("select time_zone from notice_person_setting where user_id = ?", String.class,
                userId).stream().filter(zone -> zone != null && !zone.isBlank()).findFirst().flatMap(zone -> {
                    try {
                        return Optional.of(ZoneId.of(zone));
                    } catch (DateTimeException gone) {
                        // a zone id a newer JDK no longer knows: the default rather than no digest at all
                        return Optional.empty();
                    }
                });
    }

    private ZoneId defaultZone(Collection<String> brandIds) {
        return brandIds.stream().sorted().filter(id -> brands.find(id).isPresent()).findFirst()
                .map(id -> brands.settings(id).timeZone()).orElse(UTC);
    }

    private void write(String userId, NoticeKind kind, NoticeDelivery delivery) {
        jdbc.update("delete from notice_preference where user_id = ? and kind = ?", userId, kind.code());
        jdbc.update("insert into notice_preference (user_id, kind, delivery) values (?, ?, ?)", userId, kind.code(),
                delivery.name());
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }
}
