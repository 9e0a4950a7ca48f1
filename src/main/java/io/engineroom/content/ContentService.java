package io.engineroom.content;

import io.engineroom.workflow.LiveSops;
import static io.engineroom.content.ContentApprovalVariables.APPROVAL_LEAD_HOURS;
import static io.engineroom.content.ContentApprovalVariables.AUDIENCE;
import static io.engineroom.content.ContentApprovalVariables.BRAND;
import static io.engineroom.content.ContentApprovalVariables.CAMPAIGN;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.CLIENT_SIGN_OFF_REQUIRED;
import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;
import static io.engineroom.content.ContentApprovalVariables.COPY_TO_DO;
import static io.engineroom.content.ContentApprovalVariables.HASHTAGS;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.NEEDS_VISUAL;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;
import static io.engineroom.content.ContentApprovalVariables.REGULATED;
import static io.engineroom.content.ContentApprovalVariables.TITLE;
import static io.engineroom.content.ContentApprovalVariables.VISUAL_TO_DO;

import io.engineroom.base.BusinessKey;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
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
import io.engineroom.content.process.SopTimings;
import io.engineroom.workflow.SopVariable;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans content items and runs each through the content-approval SOP. */
@Service
public class ContentService {

    public static final String SOP_KEY = "content-approval";
    /** The SOP's timer that waits until the publish time. */
    static final String PUBLISH_TIMER = "UntilPublishTime";
    /** The approval's timers: chase it at publish time minus lead time, give up at publish time. */
    static final String AT_RISK_TIMER = "ApprovalAtRisk";
    static final String DEADLINE_TIMER = "PublishTimePassed";
    /** What a new SOP instance takes over from the last one when an item is planned again. */
    private static final List<SopVariable<?>> CARRIED_OVER = List.of(CAPTION, HASHTAGS, NEEDS_VISUAL, PAID_PROMOTION);

    private final ContentItemRepository items;
    private final RuntimeService runtimeService;
    private final LiveSops liveSops;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final BrandService brands;
    private final IdentityService identityService;
    private final BriefCheck briefCheck;
    private final CurrentUser currentUser;
    private final EngineIdentity engineIdentity;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContentService(ContentItemRepository items, RuntimeService runtimeService, ManagementService managementService,
            HistoryService historyService, IdentityService identityService, BriefCheck briefCheck, CurrentUser currentUser,
            EngineIdentity engineIdentity, Clock clock, BrandService brands, LiveSops liveSops,
            ApplicationEventPublisher events) {
        this.brands = brands;
        this.events = events;
        this.items = items;
        this.runtimeService = runtimeService;
        this.liveSops = liveSops;
        this.managementService = managementService;
        this.historyService = historyService;
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
                authentication == null ? null : authentication.getUserId(), clock.instant());
        item.brief(brief.objective(), brief.audience(), brief.keyMessage(), brief.pillarId(), brief.campaign(),
                brief.publishAt(), brief.channelIds());
        item = items.saveAndFlush(item);
        item.startedAs(startSop(item, Variables.createVariables()));
        return item.getId();
    }

    /**
     * Plans a repost of someone's post (community care's user-generated content), once its author said yes: the
     * item carries the permission, which publishing checks again ({@link RepostPermissionCheck}), and its caption
     * starts with the credit line. The normal approval runs as for any item. Runs as whoever is signed in to the
     * engine, like {@link #plan(String, ContentBrief)}.
     */
    @Transactional
    public long planRepost(String brandId, String title, String caption, long ugcPermissionId) {
        ContentBrief brief = new ContentBrief(title, null, null, null, null, null, null, null);
        briefCheck.check(brandId, brief);
        var authentication = identityService.getCurrentAuthentication();
        ContentItem item = new ContentItem(brandId, title.trim(),
                authentication == null ? null : authentication.getUserId(), clock.instant());
        item.repostsUnder(ugcPermissionId);
        item = items.saveAndFlush(item);
        VariableMap carried = Variables.createVariables();
        CAPTION.put(carried, caption);
        item.startedAs(startSop(item, carried));
        return item.getId();
    }

    /**
     * Plans a content item whose content-approval instance another SOP starts itself, as a call activity (an
     * influencer campaign's creator draft): nothing is started here. Returns what the call passes on, the
     * business key and the start variables the SOP needs. The item waits for an instance called from
     * {@code callerInstanceId} only; the first step of that instance that asks for its item binds it
     * ({@link #itemOfInstance(String, String, String)}).
     */
    @Transactional
    public CalledApproval planForCall(String brandId, ContentBrief brief, String callerInstanceId) {
        briefCheck.check(brandId, brief);
        var authentication = identityService.getCurrentAuthentication();
        ContentItem item = new ContentItem(brandId, brief.title().trim(),
                authentication == null ? null : authentication.getUserId(), clock.instant());
        item.brief(brief.objective(), brief.audience(), brief.keyMessage(), brief.pillarId(), brief.campaign(),
                brief.publishAt(), brief.channelIds());
        item.awaitCallFrom(callerInstanceId);
        item = items.saveAndFlush(item);
        return new CalledApproval(item.getId(), item.businessKey(), startVariables(item, Variables.createVariables()));
    }

    /** Starts the item's content-approval instance with what the SOP and approval-stages.dmn decide on. */
    private String startSop(ContentItem item, VariableMap carriedOver) {
        return liveSops.start(SOP_KEY, item.getBrandId(), item.businessKey(), startVariables(item, carriedOver))
                .getId();
    }

    private VariableMap startVariables(ContentItem item, VariableMap carriedOver) {
        VariableMap variables = Variables.createVariables();
        variables.putAll(carriedOver);
        BRAND.put(variables, item.getBrandId());
        TITLE.put(variables, item.getTitle());
        CONTENT_ITEM_ID.put(variables, item.getId());
        // what approval-stages.dmn decides on: the brand's rules, and the piece itself
        BrandSettings settings = brands.settings(item.getBrandId());
        REGULATED.put(variables, settings.regulated());
        CLIENT_SIGN_OFF_REQUIRED.put(variables, settings.clientSignOffRequired());
        APPROVAL_LEAD_HOURS.put(variables, settings.approvalLeadTime().toHours());
        putIfAbsent(variables, PAID_PROMOTION, false);
        // the brief decides whether a designer is needed; copy and visual both start out to do
        putIfAbsent(variables, NEEDS_VISUAL, false);
        COPY_TO_DO.put(variables, true);
        VISUAL_TO_DO.put(variables, true);
        putIfPresent(variables, OBJECTIVE, item.getObjective());
        putIfPresent(variables, AUDIENCE, item.getAudience());
        putIfPresent(variables, KEY_MESSAGE, item.getKeyMessage());
        putIfPresent(variables, CAMPAIGN, item.getCampaign());
        putIfPresent(variables, PUBLISH_AT, item.getPublishAt() == null ? null : Date.from(item.getPublishAt()));
        return variables;
    }

    private static <T> void putIfPresent(VariableMap variables, SopVariable<T> variable, T value) {
        if (value != null) {
            variable.put(variables, value);
        }
    }

    private static <T> void putIfAbsent(VariableMap variables, SopVariable<T> variable, T value) {
        if (variables.get(variable.name()) == null) {
            variable.put(variables, value);
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
                () -> new NotFound("item", "No content item " + contentItemId));
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
        if (item.getState() == ContentItem.State.BACK_TO_PLANNING) {
            replan(item, newPublishAt);
            return;
        }
        String instanceId = item.getProcessInstanceId();
        boolean running = instanceId != null && engineIdentity.asCurrentUser(() ->
                runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0);
        if (!running) {
            throw new InvalidInput("publishAt", "Its SOP has finished: the item can no longer be rescheduled");
        }
        item.reschedule(newPublishAt);
        // The SOP reads "publishAt" when it reaches a timer; timers already waiting have their due dates fixed, so
        // they move too: the publish timer, and while approval runs its at-risk and deadline timers.
        Date deadline = SopTimings.deadline(Date.from(newPublishAt));
        Date atRisk = SopTimings.atRisk(deadline, brands.settings(item.getBrandId()).approvalLeadTime().toHours());
        engineIdentity.asCurrentUser(() -> {
            PUBLISH_AT.set(runtimeService, instanceId, Date.from(newPublishAt));
            moveTimer(instanceId, PUBLISH_TIMER, Date.from(newPublishAt));
            moveTimer(instanceId, DEADLINE_TIMER, deadline);
            moveTimer(instanceId, AT_RISK_TIMER, atRisk);
        });
    }

    private void moveTimer(String instanceId, String activityId, Date dueDate) {
        managementService.createJobQuery().processInstanceId(instanceId).activityId(activityId).timers().list()
                .forEach(timer -> managementService.setJobDuedate(timer.getId(), dueDate));
    }

    /**
     * An item back in planning gets a fresh SOP instance for its new publish time, from the brief; the last
     * instance's caption and hashtags come along so the copywriter does not start from nothing.
     */
    private void replan(ContentItem item, Instant newPublishAt) {
        item.reschedule(newPublishAt);
        VariableMap carriedOver = Variables.createVariables();
        engineIdentity.asCurrentUser(() -> historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(item.getProcessInstanceId())
                .variableNameIn(CARRIED_OVER.stream().map(SopVariable::name).toArray(String[]::new))
                .list().forEach(variable -> carryOver(carriedOver, variable)));
        item.backInProduction(engineIdentity.asCurrentUser(() -> startSop(item, carriedOver)));
    }

    /** A value of the last instance that the new one starts with, as history has it (nothing when it had none). */
    private static void carryOver(VariableMap carriedOver, HistoricVariableInstance variable) {
        if (variable.getValue() != null) {
            carriedOver.putValue(variable.getName(), variable.getValue());
        }
    }

    /**
     * The SOP's "Return to planning" step: the publish time passed before the piece was approved. The item waits
     * for a new publish time (a reschedule starts its SOP again), with the reason on record.
     */
    @Transactional
    public void returnToPlanning(long contentItemId, String reason) {
        items.findById(contentItemId).orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId))
                .returnToPlanning(reason, clock.instant());
    }

    /**
     * Keeps the item in step with the brief written in the SOP's "Write brief" task (the calendar reads the item).
     * Pillar, campaign and channels stay as planned; null values leave a field as it was.
     */
    @Transactional
    public void recordBrief(long contentItemId, String objective, String audience, String keyMessage,
            Instant publishAt) {
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
        item.brief(objective != null ? objective : item.getObjective(),
                audience != null ? audience : item.getAudience(),
                keyMessage != null ? keyMessage : item.getKeyMessage(), item.getPillarId(), item.getCampaign(),
                publishAt != null ? publishAt : item.getPublishAt(), item.getChannelIds());
    }

    /**
     * The content item a content-approval instance acts on: named by the instance's business key
     * ({@code content:42}), and only if the item says it is run by this very instance. The SOP's steps ask here
     * rather than trusting a {@code contentItemId} variable, which someone could have pointed at another item.
     */
    @Transactional(readOnly = true)
    public long itemOfInstance(String processInstanceId, String businessKey) {
        return itemOfInstance(processInstanceId, businessKey, null);
    }

    /**
     * As {@link #itemOfInstance(String, String)}, for an instance that may have been started by another SOP's call
     * activity ({@code callerInstanceId}, null when none): an item planned for such a call ({@link #planForCall})
     * is bound to the first instance that the very caller it was planned for started, and to no other.
     */
    @Transactional
    public long itemOfInstance(String processInstanceId, String businessKey, String callerInstanceId) {
        long id = BusinessKey.numericId(businessKey, "content", processInstanceId);
        ContentItem item = items.findById(id).orElseThrow(() -> new NotFound("contentItem", "No content item " + id));
        if (item.getProcessInstanceId() == null && item.getCalledFromInstance() != null
                && item.getCalledFromInstance().equals(callerInstanceId)) {
            item.startedAs(processInstanceId);
        }
        if (!processInstanceId.equals(item.getProcessInstanceId())) {
            throw new IllegalStateException("Content item " + id + " is not run by instance " + processInstanceId);
        }
        return id;
    }

    /** When the item is to be published, from its record (the brief and reschedules keep it), or null. */
    @Transactional(readOnly = true)
    public Instant publishAt(long contentItemId) {
        return items.findById(contentItemId).orElseThrow(
                () -> new NotFound("contentItem", "No content item " + contentItemId)).getPublishAt();
    }

    /** The brand a content item belongs to, from its record. */
    @Transactional(readOnly = true)
    public String brandOf(long contentItemId) {
        return items.findById(contentItemId).orElseThrow(
                () -> new NotFound("contentItem", "No content item " + contentItemId)).getBrandId();
    }

    /** Records the approval and tells integrations, in the approving step's transaction. */
    @Transactional
    public void markApproved(long contentItemId) {
        ContentItem item = items.findById(contentItemId).orElseThrow(
                () -> new NotFound("contentItem", "No content item " + contentItemId));
        item.approve();
        events.publishEvent(new ContentApproved(item.getBrandId(), item.getId(), item.getTitle(),
                item.getPublishAt(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public ContentItemSummary get(long contentItemId) {
        ContentItem item = items.findById(contentItemId).orElseThrow(
                () -> new NotFound("contentItem", "No content item " + contentItemId));
        return new ContentItemSummary(item.getId(), item.getBrandId(), item.getTitle(), item.getState().name(),
                item.getProcessInstanceId());
    }
}
