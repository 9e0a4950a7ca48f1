package io.engineroom.brand;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voice check every writing task runs on submit (the copy, a reply, a holding statement): what the brand's
 * guide flags in the texts, and the record of a person who submits anyway, with their reason. One service, so the
 * three places cannot check differently; the flags are advice a writer may override, never a route in an SOP.
 */
@Service
public class VoiceCheck {

    static final int MAX_REASON = 2000;

    private final VoiceGuides guides;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoiceCheck(VoiceGuides guides, JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.guides = guides;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the brand's guide flags in these texts (none when the brand has no guide). A disclosure is asked for
     * only when {@code disclosureRequired}: the caller reads that from its own record (a paid promotion, an
     * influencer's post).
     */
    @Transactional(readOnly = true)
    public List<VoiceFlag> check(String brandId, List<VoiceText> texts, boolean disclosureRequired) {
        return guides.of(brandId).map(guide -> VoiceRules.check(guide, texts, disclosureRequired))
                .orElse(List.of());
    }

    /** The flags as messages by field, as a form shows them next to its fields. */
    public static Map<String, String> byField(List<VoiceFlag> flags) {
        return flags.stream().collect(Collectors.toMap(VoiceFlag::field, VoiceFlag::message,
                (one, other) -> one + "; " + other, LinkedHashMap::new));
    }

    /**
     * Records that the signed-in person submitted although the check flagged their text: who, when, which record
     * and task, what was flagged and why. The reason is required (InvalidInput on "reason" otherwise); the person
     * must work for the brand. Also an entry of the audit trail, where auditors find it.
     *
     * @param writing   which writing it was: "copy", "reply", "holding statement"
     * @param recordRef the record written for, as a business key ("content:42", "interaction:…", "incident:7")
     * @param taskId    the task submitted, or null when the text was sent from a screen outside a task
     */
    @Transactional
    public void recordOverride(String brandId, String writing, String recordRef, String taskId,
            List<VoiceFlag> flags, String reason) {
        EngineRoomUser user = currentUser.require();
        if (!(user.hasRole(Role.ADMIN) || (brandId != null && user.belongsTo(brandId)))) {
            throw new AccessDeniedException("Brand '" + brandId + "' is not one of yours");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "Say why you submit it although the voice check flagged it");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInput("reason", "At most " + MAX_REASON + " characters");
        }
        if (flags == null || flags.isEmpty()) {
            throw new IllegalArgumentException("Nothing was flagged, so there is nothing to override");
        }
        String flagged = flags.stream().map(flag -> flag.field() + ": " + flag.message())
                .collect(Collectors.joining("\n"));
        Instant now = clock.instant();
        String ref = recordRef != null ? recordRef : "task:" + taskId;
        jdbc.update("insert into voice_override (brand_id, writing, record_ref, task_id, flagged, reason, actor, at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", brandId, writing, ref, taskId,
                flagged.length() > 4000 ? flagged.substring(0, 4000) : flagged, why, user.id(), Timestamp.from(now));
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Writing", writing);
        if (taskId != null) {
            after.put("Task", taskId);
        }
        after.put("Flagged", flagged);
        after.put("Reason", why);
        events.publishEvent(new AdminChange("voice", ref, brandId, "voice check overridden", user.id(), now,
                Map.of(), after));
    }

    /** The brand's overrides, newest first: for the history's readers (admins, auditors, its managers). */
    @Transactional(readOnly = true)
    public List<VoiceOverride> overrides(String brandId) {
        EngineRoomUser user = currentUser.require();
        boolean reader = user.hasRole(Role.ADMIN) || (user.belongsTo(brandId)
                && (user.hasRole(Role.AUDITOR) || user.hasRole(Role.SOCIAL_MANAGER)));
        if (!reader) {
            throw new AccessDeniedException("Only auditors, admins and the brand's managers read its overrides");
        }
        return jdbc.query("select * from voice_override where brand_id = ? order by at desc, id desc",
                (row, number) -> new VoiceOverride(row.getString("brand_id"), row.getString("writing"),
                        row.getString("record_ref"), row.getString("task_id"), row.getString("flagged"),
                        row.getString("reason"), row.getString("actor"), row.getTimestamp("at").toInstant()),
                brandId);
    }
}
