package io.engineroom.content;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;
import java.util.Date;
import java.util.List;

/**
 * The variables of the content-approval SOP (processes/content-approval.bpmn, approval-stages.dmn and the forms its
 * tasks name), each named once with its type. Each says who writes it and who reads it; a variable the SOP decides
 * on is read by delegates from records or history where a task completer could have rewritten it (DESIGN.md, the
 * trust boundary), so "read by" names where its value still counts.
 */
public final class ContentApprovalVariables {

    // --- set when the instance starts (ContentService), some carried over from the last instance ---

    /** The item's brand, set at the start by ContentService; the engine makes it the instance's tenant. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;
    /** The item's working title, set at the start by ContentService and in the brief form; the inbox shows it. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;
    /** The item's id, set at the start by ContentService; read by the task panel and first-day metrics. */
    public static final SopVariable<Long> CONTENT_ITEM_ID = SopVariable.number("contentItemId");
    /** The brand's lead time in hours, set at the start by ContentService; read by SopTimings' at-risk timer. */
    public static final SopVariable<Long> APPROVAL_LEAD_HOURS = SopVariable.number("approvalLeadHours");
    /** The brief's campaign, set at the start by ContentService; for people reading the instance. */
    public static final SopVariable<String> CAMPAIGN = SopVariable.text("campaign");

    // --- the brief (form content-brief, task WriteBrief) ---

    /** The brief's objective, set at the start and in the brief form; RecordBrief puts it on the item. */
    public static final SopVariable<String> OBJECTIVE = SopVariable.text("objective");
    /** The brief's audience, set at the start and in the brief form; RecordBrief puts it on the item. */
    public static final SopVariable<String> AUDIENCE = SopVariable.text("audience");
    /** The brief's key message, set at the start and in the brief form; RecordBrief, and the producers' forms. */
    public static final SopVariable<String> KEY_MESSAGE = SopVariable.text("keyMessage");
    /**
     * The publish time: set at the start, in the brief form, by MarkContentApproved (from the item) and by a
     * reschedule; read by the "Until publish time" timer and gateway, SopTimings, RecordBrief and the held posts'
     * order. Null until planned (ApprovalRouteVariables defines it).
     */
    public static final SopVariable<Date> PUBLISH_AT = SopVariable.time("publishAt");
    /** Whether the piece has a visual: the brief form (read from history); RouteRework sets it for the gateway. */
    public static final SopVariable<Boolean> NEEDS_VISUAL = SopVariable.flag("needsVisual");
    /** Whether it is paid promotion: the brief form; ApprovalFacts sets it from history for approval-stages.dmn. */
    public static final SopVariable<Boolean> PAID_PROMOTION = SopVariable.flag("paidPromotion");

    // --- what approval-stages.dmn decides on, and what it decided ---

    /** Whether the brand is regulated: ApprovalFacts sets it from the brand's record; approval-stages.dmn reads it. */
    public static final SopVariable<Boolean> REGULATED = SopVariable.flag("regulated");
    /** Whether the brand's client signs off: ApprovalFacts from the brand's record; approval-stages.dmn reads it. */
    public static final SopVariable<Boolean> CLIENT_SIGN_OFF_REQUIRED = SopVariable.flag("clientSignOffRequired");
    /**
     * The stages after brand review ("legal", "client"): approval-stages.dmn's "stage" outputs, set again from the
     * decision's history by ApprovalStagesOnRecord; read by the "Legal review needed?" and "Client sign-off" gateways.
     */
    public static final SopVariable<List<String>> APPROVAL_STAGES = SopVariable.list("approvalStages");

    // --- production and review ---

    /** Whether copy is (re)written: ContentService at the start, RouteRework on a rejection; a gateway reads it. */
    public static final SopVariable<Boolean> COPY_TO_DO = SopVariable.flag("copyToDo");
    /** Whether the visual is (re)made: ContentService at the start, RouteRework on a rejection; a gateway reads it. */
    public static final SopVariable<Boolean> VISUAL_TO_DO = SopVariable.flag("visualToDo");
    /** The caption: the copy form (and carried over); PieceFacts reads the copywriter's answer from history. */
    public static final SopVariable<String> CAPTION = SopVariable.text("caption");
    /** The hashtags: the copy form (and carried over); the review form shows them. */
    public static final SopVariable<String> HASHTAGS = SopVariable.text("hashtags");
    /** The visual's alt text: the visual form; the review form shows it. */
    public static final SopVariable<String> ALT_TEXT = SopVariable.text("altText");
    /** Who completed copy or visual, for people reading the instance: RecordAuthor; FourEyes reads history instead. */
    public static final SopVariable<List<String>> CONTENT_AUTHORS = SopVariable.list("contentAuthors");
    /** "approve" or "reject": the review form; RejectionNeedsComment, RouteRework and the approval gateways read it. */
    public static final SopVariable<String> REVIEW_DECISION = SopVariable.text("reviewDecision");
    /** What must change: the review form; RejectionNeedsComment checks it, the producers' forms show it. */
    public static final SopVariable<String> REVIEW_COMMENT = SopVariable.text("reviewComment");
    /** Who reworks a rejected piece ("copy", "visual", "both"): the review form; RouteRework reads it. */
    public static final SopVariable<String> RETURN_TO = SopVariable.text("returnTo");

    // --- approval at risk (form approval-at-risk) ---

    /** Where the piece waits, on the "Chase the approval" task only: DescribeApprovalRisk; its form shows it. */
    public static final SopVariable<String> WAITING_AT = SopVariable.text("waitingAt");
    /** What the manager did about it: the approval-at-risk form; for people reading the instance. */
    public static final SopVariable<String> CHASE_NOTE = SopVariable.text("chaseNote");

    // --- publishing ---

    /** PUBLISH_IN_ORDER or BACK_TO_REVIEW: HeldPostsRelease's correlation; "Released how?", "Start where?" read it. */
    public static final SopVariable<String> RELEASE_CHOICE = SopVariable.text("releaseChoice");
    /** Whether the brand's publishing is frozen: CheckFreeze; the "Publishing frozen?" gateway reads it. */
    public static final SopVariable<Boolean> PUBLISHING_FROZEN = SopVariable.flag("publishingFrozen");
    /** Whether every channel published: PublishContent; for people reading the instance. */
    public static final SopVariable<Boolean> ALL_PUBLISHED = SopVariable.flag("allPublished");
    /** A line per channel of what publishing did: PublishContent; for people reading the instance. */
    public static final SopVariable<String> PUBLICATION_REPORT = SopVariable.text("publicationReport");
    /** The channel ids to post by hand: PublishContent; the "Post by hand" multi-instance and its gateway read it. */
    public static final SopVariable<List<Long>> CHANNELS_BY_HAND = SopVariable.list("channelsByHand");
    /** The channel ids to verify: PublishContent; the "Verify publication" multi-instance and its gateway read it. */
    public static final SopVariable<List<Long>> CHANNELS_TO_VERIFY = SopVariable.list("channelsToVerify");
    /** One channel of a follow-up task: the multi-instance element; DescribePublication, RecordPublicationFinding. */
    public static final SopVariable<Long> CHANNEL_ID = SopVariable.number("channelId");
    /** The channel's name, on the follow-up task only: DescribePublication; the follow-up forms show it. */
    public static final SopVariable<String> CHANNEL_LABEL = SopVariable.text("channelLabel");
    /** What was (to be) posted, on the follow-up task only: DescribePublication; the follow-up forms show it. */
    public static final SopVariable<String> POST_TEXT = SopVariable.text("postText");
    /** What was sent and what came back, on the follow-up task only: DescribePublication; the forms show it. */
    public static final SopVariable<String> ATTEMPT_SUMMARY = SopVariable.text("attemptSummary");
    /** The link to the post: the follow-up forms (kept per channel); RecordPublicationFinding records it. */
    public static final SopVariable<String> POST_URL = SopVariable.text("postUrl");
    /** "posted" or "not-posted": the verify form (kept per channel); RecordPublicationFinding reads it. */
    public static final SopVariable<String> FINDING = SopVariable.text("finding");
    /** Why it is not out there: the verify form (kept per channel); RecordPublicationFinding records it. */
    public static final SopVariable<String> FINDING_NOTE = SopVariable.text("findingNote");
    /**
     * Whether to publish the channel again after finding it not posted: the verify form (kept per channel);
     * RecordPublicationFinding checks it against the resends left on record and adds the channel to
     * {@code channelsToPublishAgain}.
     */
    public static final SopVariable<Boolean> PUBLISH_AGAIN = SopVariable.flag("publishAgain");
    /** How many more times Engine Room may send the channel's post, on the verify task only: DescribePublication. */
    public static final SopVariable<String> RESEND_NOTE = SopVariable.text("resendNote");
    /**
     * The channel ids a person found not posted and asked to publish again: RecordPublicationFinding adds,
     * PublishContent and PublishChannelsAgain empty it; the "Publish any again?" gateway reads it.
     * PublishChannelsAgain sends only what the records allow (found not posted by a person, resends left),
     * whatever the list says.
     */
    public static final SopVariable<List<Long>> CHANNELS_TO_PUBLISH_AGAIN =
            SopVariable.list("channelsToPublishAgain");
    /** What the first day's metrics collection got: reporting's CollectFirstDayMetrics; for people reading it. */
    public static final SopVariable<String> FIRST_DAY_METRICS = SopVariable.text("firstDayMetrics");

    private ContentApprovalVariables() {
    }
}
