package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans content items and runs each through the content-approval SOP. */
@Service
public class ContentService {

    public static final String SOP_KEY = "content-approval";
    /** The SOP's timer that waits until the publish time. */
    static final String PUBLISH_TIMER = "UntilPublishTime";

    private final ContentItemRepository items;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final BrandService brands;
    private final IdentityService identityService;
    private final BriefCheck briefCheck;
    private final CurrentUser currentUser;
    private final EngineIdentity engineIdentity;
    private final Clock clock;

    ContentService(ContentItemRepository items, RuntimeService runtimeService, ManagementService managementService,
            IdentityService identityService, BriefCheck briefCheck, CurrentUser currentUser,
            EngineIdentity engineIdentity, Clock clock, BrandService brands) {
        this.brands = brands;
        this.items = items;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.briefCheck = briefCheck;
        this.currentUser = currentUser;
        this.engineIdentity = engineIdentity;
        this.clock = clock;
    }

    /** Plans a content item with only a title; the brief is written in the SOP's first task. */
    @Transactional
    public long plan(String brandId, String title) {
        return plan(brandId, new ContentBrief(title, null, null, null, null, null, null, null));
    }

    /**
     * Plans a content item for a brand and starts its approval SOP; returns the item id. The brief is checked
     * first (nothing is saved when it is refused). Runs as whoever is signed in to the engine, so only a member
     * of the brand can plan for it.
     */
    @Transactional
    public long plan(String brandId, ContentBrief brief) {
        briefCheck.check(brandId, brief);
        var authentication = identityService.getCurrentAuthentication();
        ContentItem item = new ContentItem(brandId, brief.title().trim(),
                authentication == null ? null : authentication.getUserId());
        item.brief(brief.objective(), brief.audience(), brief.keyMessage(), brief.pillarId(), brief.campaign(),
                brief.publishAt(), brief.channelIds());
        item = items.saveAndFlush(item);
        Map<String, Object> variables = new HashMap<>();
        variables.put("brand", brandId);
        variables.put("title", item.getTitle());
        variables.put("contentItemId", item.getId());
        // what approval-stages.dmn decides on: the brand's rules, and the piece itself
        BrandSettings settings = brands.settings(brandId);
        variables.put("regulated", settings.regulated());
        variables.put("clientSignOffRequired", settings.clientSignOffRequired());
        variables.put("paidPromotion", false);
        putIfPresent(variables, "objective", brief.objective());
        putIfPresent(variables, "audience", brief.audience());
        putIfPresent(variables, "keyMessage", brief.keyMessage());
        putIfPresent(variables, "campaign", brief.campaign());
        putIfPresent(variables, "publishAt", brief.publishAt() == null ? null : Date.from(brief.publishAt()));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SOP_KEY, item.businessKey(), variables);
        item.startedAs(instance.getId());
        return item.getId();
    }

    private static void putIfPresent(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    /**
     * Moves a content item to a new publish time. Only a planner (social manager or admin) who is a member of the
     * item's brand may; the time must be in the future and the item's SOP still running.
     */
    @Transactional
    public void reschedule(long contentItemId, Instant newPublishAt) {
        EngineRoomUser user = currentUser.require();
        ContentItem item = items.findById(contentItemId).orElseThrow(
                () -> new InvalidInput("item", "No content item " + contentItemId));
        if (!user.belongsTo(item.getBrandId())) {
            throw new AccessDeniedException("Not a member of brand '" + item.getBrandId() + "'");
        }
        if (!user.hasRole(Role.SOCIAL_MANAGER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only a social media manager reschedules content");
        }
        if (newPublishAt == null) {
            throw new InvalidInput("publishAt", "Choose the new publish time");
        }
        if (!newPublishAt.isAfter(clock.instant())) {
            throw new InvalidInput("publishAt", "The publish time is in the past");
        }
        String instanceId = item.getProcessInstanceId();
        boolean running = instanceId != null && engineIdentity.asCurrentUser(() ->
                runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0);
        if (!running) {
            throw new InvalidInput("publishAt", "Its SOP has finished: the item can no longer be rescheduled");
        }
        item.reschedule(newPublishAt);
        // The SOP reads its process variable "publishAt" when it reaches its publish timer; a timer already
        // waiting has its due date fixed, so it is moved too.
        engineIdentity.asCurrentUser(() -> {
            runtimeService.setVariable(instanceId, "publishAt", Date.from(newPublishAt));
            managementService.createJobQuery().processInstanceId(instanceId).activityId(PUBLISH_TIMER).timers()
                    .list().forEach(timer -> managementService.setJobDuedate(timer.getId(), Date.from(newPublishAt)));
        });
    }

    /**
     * Keeps the item in step with the brief written in the SOP's "Write brief" task (the calendar reads the item).
     * Pillar, campaign and channels stay as planned; null values leave a field as it was.
     */
    @Transactional
    public void recordBrief(long contentItemId, String objective, String audience, String keyMessage,
            Instant publishAt) {
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new IllegalStateException("No content item " + contentItemId));
        item.brief(objective != null ? objective : item.getObjective(),
                audience != null ? audience : item.getAudience(),
                keyMessage != null ? keyMessage : item.getKeyMessage(), item.getPillarId(), item.getCampaign(),
                publishAt != null ? publishAt : item.getPublishAt(), item.getChannelIds());
    }

    @Transactional
    public void markApproved(long contentItemId) {
        items.findById(contentItemId).orElseThrow(
                () -> new IllegalStateException("No content item " + contentItemId)).approve();
    }

    @Transactional(readOnly = true)
    public ContentItemSummary get(long contentItemId) {
        ContentItem item = items.findById(contentItemId).orElseThrow(
                () -> new IllegalArgumentException("No content item " + contentItemId));
        return new ContentItemSummary(item.getId(), item.getBrandId(), item.getTitle(), item.getState().name(),
                item.getProcessInstanceId());
    }
}
