package io.engineroom.community;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.community.domain.Surprise;
import io.engineroom.community.domain.SurpriseRepository;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.inbox.AuthorActivity;
import io.engineroom.inbox.InteractionDirectory;
import io.engineroom.inbox.Sentiment;
import io.engineroom.workflow.LiveSops;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Super-fans and their surprises. A super-fan is read from the inbox's records each time (at least
 * {@code engineroom.community.super-fan-positive} positive interactions within {@code super-fan-window}), so the
 * list follows what authors actually said; a surprise is one surprise-and-delight task per author at a time.
 */
@Service
public class CommunityCare {

    public static final String SOP_KEY = "surprise-and-delight";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final SurpriseRepository surprises;
    private final InteractionDirectory interactions;
    private final CommunityAccess access;
    private final CommunitySettings settings;
    private final LiveSops liveSops;
    private final EngineIdentity identity;
    private final Clock clock;
    private final BrandService brands;
    private final CurrentUser currentUser;

    CommunityCare(SurpriseRepository surprises, InteractionDirectory interactions, CommunityAccess access,
            CommunitySettings settings, LiveSops liveSops, EngineIdentity identity, Clock clock, BrandService brands,
            CurrentUser currentUser) {
        this.brands = brands;
        this.currentUser = currentUser;
        this.surprises = surprises;
        this.interactions = interactions;
        this.access = access;
        this.settings = settings;
        this.liveSops = liveSops;
        this.identity = identity;
        this.clock = clock;
    }

    /** The active brands of the signed-in person, whose community they may care for. */
    public List<BrandSummary> brands() {
        return brands.activeAmong(currentUser.require().brands());
    }

    /** The thresholds in words, for the screen: "at least 3 positive interactions in the last 90 days". */
    public String superFanRule() {
        return "at least " + settings.superFanPositive() + " positive interactions in the last "
                + settings.superFanWindow().toDays() + " days";
    }

    /** The brand's super-fans, most positive first, each with whether a surprise is open and the last one sent. */
    @Transactional(readOnly = true)
    public List<SuperFan> superFans(String brandId) {
        access.requireMember(brandId);
        Map<String, Surprise> latest = new HashMap<>();
        Map<String, Boolean> open = new HashMap<>();
        List<Surprise> all = surprises.findByBrandIdOrderByStartedAtDescIdDesc(brandId);
        for (Surprise surprise : all) {
            SurpriseRecord record = surprise.record();
            open.merge(record.authorHandle(), record.open(), Boolean::logicalOr);
            if (!record.open()) {
                latest.putIfAbsent(record.authorHandle(), surprise);
            }
        }
        return activity(brandId).stream().map(fan -> new SuperFan(brandId, fan.authorHandle(), fan.authorName(),
                fan.count(), fan.latest(), open.getOrDefault(fan.authorHandle(), false),
                describe(latest.get(fan.authorHandle())))).toList();
    }

    private List<AuthorActivity> activity(String brandId) {
        Instant since = clock.instant().minus(settings.superFanWindow());
        return interactions.authorsWith(brandId, Sentiment.POSITIVE, since, settings.superFanPositive());
    }

    private static String describe(Surprise surprise) {
        if (surprise == null) {
            return null;
        }
        SurpriseRecord record = surprise.record();
        return record.whatSent() + " (" + DAY.format(record.sentAt()) + ", " + record.sentBy() + ")";
    }

    /**
     * Starts "Surprise and delight" for a super-fan of the brand. Refused for an author who is not a super-fan now,
     * and while one is open for them. Returns the surprise's id.
     */
    @Transactional
    public long surprise(String brandId, String authorHandle) {
        EngineRoomUser user = access.requireMember(brandId);
        AuthorActivity fan = activity(brandId).stream().filter(a -> a.authorHandle().equals(authorHandle))
                .findFirst().orElseThrow(() -> new InvalidInput("author", authorHandle + " is not a super-fan: "
                        + "fewer than " + settings.superFanPositive() + " positive interactions in the last "
                        + settings.superFanWindow().toDays() + " days"));
        if (surprises.existsByBrandIdAndAuthorHandleAndOpenKeyIsNotNull(brandId, authorHandle)) {
            throw new InvalidInput("author", "A surprise for " + authorHandle + " is already open");
        }
        Surprise surprise = surprises.saveAndFlush(new Surprise(brandId, authorHandle, fan.authorName(),
                fan.count(), user.id(), clock.instant()));
        VariableMap variables = Variables.createVariables();
        CommunityVariables.BRAND.put(variables, brandId);
        CommunityVariables.TITLE.put(variables, "Surprise and delight " + authorHandle);
        CommunityVariables.AUTHOR_HANDLE.put(variables, authorHandle);
        CommunityVariables.POSITIVE_COUNT.put(variables, fan.count());
        // community managers may not start SOPs in Camunda; role and brand were checked above
        String instanceId = identity.asSystem(() -> liveSops.start(SOP_KEY, brandId, businessKey(surprise.getId()),
                variables).getId());
        surprise.startedAs(instanceId);
        return surprise.getId();
    }

    /** The business key of a surprise's instance. */
    public static String businessKey(long surpriseId) {
        return "surprise:" + surpriseId;
    }

    /** The brand's surprises, newest first. */
    @Transactional(readOnly = true)
    public List<SurpriseRecord> surprises(String brandId) {
        access.requireMember(brandId);
        return surprises.findByBrandIdOrderByStartedAtDescIdDesc(brandId).stream().map(Surprise::record)
                .sorted(Comparator.comparing(SurpriseRecord::startedAt).reversed()).toList();
    }

    /**
     * For the SOP's task listener: records what was sent, by the person who completed the task, now. Not a staff
     * action of its own (the task's completion is, checked by the engine).
     */
    @Transactional
    public void recordSent(long surpriseId, String what, String note, String by) {
        if (what == null || what.isBlank()) {
            throw new InvalidInput("surpriseSent", "Say what was sent");
        }
        Surprise surprise = surprises.findById(surpriseId)
                .orElseThrow(() -> new NotFound("surprise", "No surprise " + surpriseId));
        surprise.sent(what.trim(), note == null || note.isBlank() ? null : note.trim(), by, clock.instant());
    }
}
