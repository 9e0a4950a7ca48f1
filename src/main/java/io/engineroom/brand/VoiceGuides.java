package io.engineroom.brand;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each brand's voice guide: read by anyone who works for the brand (it is shown beside every writing task), changed
 * by an admin or a social media manager of the brand ({@link BrandPolicyAccess}). A change keeps its last editor and
 * time on the row and goes into the audit trail with what it was before and after, so its history is the trail's.
 */
@Service
public class VoiceGuides {

    static final int MAX_TONE = 2000;
    static final int MAX_LIST = 4000;
    static final int MAX_DISCLOSURES = 1000;
    static final int MAX_EMOJI = 50;

    private final JdbcTemplate jdbc;
    private final BrandPolicyAccess access;
    private final CurrentUser currentUser;
    private final BrandService brands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoiceGuides(JdbcTemplate jdbc, BrandPolicyAccess access, CurrentUser currentUser, BrandService brands,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
        this.brands = brands;
        this.events = events;
        this.clock = clock;
    }

    /** The brand's guide, if it has one; for admins, auditors and the brand's own people. */
    @Transactional(readOnly = true)
    public Optional<VoiceGuide> of(String brandId) {
        requireReader(brandId);
        return read(brandId);
    }

    /** The guide as its editor fills it in: the saved one, or an empty one. */
    @Transactional(readOnly = true)
    public VoiceGuideForm form(String brandId) {
        access.require(brandId);
        return read(brandId).map(VoiceGuides::toForm).orElse(VoiceGuideForm.empty());
    }

    /**
     * Replaces the brand's guide with this one. Refused (AccessDeniedException) unless the person is an admin or a
     * social media manager of the brand; InvalidInput by field when something does not fit, and nothing is saved.
     */
    @Transactional
    public VoiceGuide save(String brandId, VoiceGuideForm form) {
        EngineRoomUser user = access.require(brandId);
        validate(brandId, form);
        Optional<VoiceGuide> before = read(brandId);
        Instant now = clock.instant();
        EmojiPolicy policy = form.emojiPolicy();
        Integer max = policy == EmojiPolicy.SPARINGLY ? form.emojiMax() : null;
        Object[] values = {text(form.tone()), lines(form.wordsToUse(), true), lines(form.wordsToAvoid(), true),
            lines(form.approvedPhrases(), false), lines(form.hashtags(), true), policy.name(), max,
            lines(form.disclosures(), true), user.id(), Timestamp.from(now), brandId};
        int updated = jdbc.update("update brand_voice_guide set tone = ?, words_to_use = ?, words_to_avoid = ?, "
                + "approved_phrases = ?, hashtags = ?, emoji_policy = ?, emoji_max = ?, disclosures = ?, "
                + "updated_by = ?, updated_at = ? where brand_id = ?", values);
        if (updated == 0) {
            jdbc.update("insert into brand_voice_guide (tone, words_to_use, words_to_avoid, approved_phrases, "
                    + "hashtags, emoji_policy, emoji_max, disclosures, updated_by, updated_at, brand_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        VoiceGuide after = read(brandId).orElseThrow();
        events.publishEvent(new AdminChange("policy", "Brand voice", brandId,
                before.isEmpty() ? "voice guide created" : "voice guide changed", user.id(), now,
                before.map(VoiceGuides::shown).orElse(Map.of()), shown(after)));
        return after;
    }

    private void requireReader(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!(user.hasRole(Role.ADMIN) || (brandId != null && user.belongsTo(brandId)))) {
            throw new AccessDeniedException("Brand '" + brandId + "' is not one of yours");
        }
    }

    private Optional<VoiceGuide> read(String brandId) {
        return jdbc.query("select * from brand_voice_guide where brand_id = ?", (row, number) -> new VoiceGuide(
                row.getString("brand_id"), row.getString("tone"), split(row.getString("words_to_use")),
                split(row.getString("words_to_avoid")), split(row.getString("approved_phrases")),
                split(row.getString("hashtags")), EmojiPolicy.valueOf(row.getString("emoji_policy")),
                (Integer) row.getObject("emoji_max", Integer.class), split(row.getString("disclosures")),
                row.getString("updated_by"), row.getTimestamp("updated_at").toInstant()), brandId)
                .stream().findFirst();
    }

    private void validate(String brandId, VoiceGuideForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (brandId == null || brands.find(brandId).isEmpty()) {
            throw new InvalidInput("brand", "No brand '" + brandId + "'");
        }
        if (text(form.tone()).length() > MAX_TONE) {
            problems.put("tone", "Describe the tone in at most " + MAX_TONE + " characters");
        }
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("wordsToUse", form.wordsToUse());
        lists.put("wordsToAvoid", form.wordsToAvoid());
        lists.put("approvedPhrases", form.approvedPhrases());
        lists.put("hashtags", form.hashtags());
        lists.forEach((field, value) -> {
            if (text(value).length() > MAX_LIST) {
                problems.put(field, "At most " + MAX_LIST + " characters");
            }
        });
        if (text(form.disclosures()).length() > MAX_DISCLOSURES) {
            problems.put("disclosures", "At most " + MAX_DISCLOSURES + " characters");
        }
        if (form.emojiPolicy() == null) {
            problems.put("emojiPolicy", "Choose how many emoji the brand uses");
        } else if (form.emojiPolicy() == EmojiPolicy.SPARINGLY
                && (form.emojiMax() == null || form.emojiMax() < 1 || form.emojiMax() > MAX_EMOJI)) {
            problems.put("emojiMax", "Used sparingly means 1 to " + MAX_EMOJI + " emoji per text");
        }
        List<String> avoid = split(lines(form.wordsToAvoid(), true));
        split(lines(form.wordsToUse(), true)).stream()
                .filter(word -> avoid.stream().anyMatch(other -> other.equalsIgnoreCase(word))).findFirst()
                .ifPresent(word -> problems.put("wordsToAvoid", "\u201c" + word + "\u201d is both to use and to "
                        + "avoid"));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** One entry per line, trimmed, blanks and repeats dropped; words and hashtags may also be comma-separated. */
    static String lines(String value, boolean commasSeparate) {
        String[] parts = text(value).split(commasSeparate ? "[\\r\\n,]+" : "[\\r\\n]+");
        LinkedHashSet<String> entries = new LinkedHashSet<>();
        Arrays.stream(parts).map(String::strip).filter(part -> !part.isEmpty()).forEach(entries::add);
        return String.join("\n", entries);
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    private static VoiceGuideForm toForm(VoiceGuide guide) {
        return new VoiceGuideForm(guide.tone(), String.join("\n", guide.wordsToUse()),
                String.join("\n", guide.wordsToAvoid()), String.join("\n", guide.approvedPhrases()),
                String.join("\n", guide.hashtags()), guide.emojiPolicy(), guide.emojiMax(),
                String.join("\n", guide.disclosures()));
    }

    /** The guide as the audit trail shows it. */
    private static Map<String, String> shown(VoiceGuide guide) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("Tone", guide.tone());
        shown.put("Words to use", String.join(", ", guide.wordsToUse()));
        shown.put("Words to avoid", String.join(", ", guide.wordsToAvoid()));
        shown.put("Approved phrases", String.join(" | ", guide.approvedPhrases()));
        shown.put("Hashtags", String.join(" ", guide.hashtags()));
        shown.put("Emoji", guide.emojiPolicy().label()
                + (guide.emojiMax() == null ? "" : ": up to " + guide.emojiMax()));
        shown.put("Disclosures", String.join(", ", guide.disclosures()));
        return shown;
    }
}
