package io.engineroom.inbox;

import static io.engineroom.workflow.SopVariable.flag;
import static io.engineroom.workflow.SopVariable.map;
import static io.engineroom.workflow.SopVariable.number;
import static io.engineroom.workflow.SopVariable.text;
import static io.engineroom.workflow.SopVariable.time;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;
import java.util.Date;
import java.util.Map;

/**
 * The variables of the interaction SOP ({@code processes/interaction-handling.bpmn}, its SLA policy
 * {@code interaction-routing.dmn} and its forms), each named once with its type and who writes and reads it.
 * Delegates, the services that start and answer the SOP, views and tests name a variable only through this class;
 * the models name them in their expressions, forms and decision table. Steps that act on what the responder
 * answered (the interaction, the reply's text, the action) read the interaction's record and history, not these:
 * see {@code InteractionFacts}.
 */
public final class InteractionHandlingVariables {

    /** The interaction's brand, as the instance's tenant: {@link SopVariables#BRAND}, written at the start. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;

    /** Who wrote what where, for the inbox: {@link SopVariables#TITLE}, written at the start. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;

    // --- written when InteractionIntake starts the SOP (the first three are interaction-routing.dmn's inputs)

    /** The interaction's id: InteractionIntake; StartSla, the task panel and InteractionResponses read it. */
    public static final SopVariable<String> INTERACTION_ID = text("interactionId");

    /** The channel it came in on: InteractionIntake; nothing reads it (it is for the instance's history). */
    public static final SopVariable<Long> CHANNEL_ID = number("channelId");

    /** Comment, DM, mention or review: InteractionIntake; nothing reads it (it is for the instance's history). */
    public static final SopVariable<String> KIND = text("kind");

    /**
     * The classifier's category: InteractionIntake, then InteractionCorrections when a person corrects it while
     * Respond is open (the "Category corrected" message); interaction-routing.dmn and the response form.
     */
    public static final SopVariable<String> CATEGORY = text("category");

    /**
     * The classifier's sentiment: InteractionIntake, then InteractionCorrections with a corrected category;
     * interaction-routing.dmn and the response form.
     */
    public static final SopVariable<String> SENTIMENT = text("sentiment");

    /** LOW, NORMAL or HIGH: InteractionIntake; interaction-routing.dmn. */
    public static final SopVariable<String> PRIORITY = text("priority");

    /** When it was received: InteractionIntake; StartSla counts the first-response target from it. */
    public static final SopVariable<Date> RECEIVED_AT = time("receivedAt");

    // --- the SLA policy and its clocks

    /**
     * The row interaction-routing.dmn chose ("Apply SLA policy", single result): its columns are
     * {@code firstResponseTarget}, {@code queue}, {@code businessHoursOnly} and {@code supportTarget}; StartSla reads
     * it as an {@code SlaPolicy}.
     */
    public static final SopVariable<Map<String, Object>> POLICY = map("policy");

    // "Apply SLA policy" also hands the decision brandFirstResponseTarget and brandBusinessHoursOnly: local inputs
    // of that step, read from the brand's policy by inbox.process.BrandSla at the decision point, never process
    // variables, so nothing a task completer writes can change them.

    /**
     * The group that answers: StartSla from the policy (MoveSla after a corrected category); the Respond task's
     * candidate groups.
     */
    public static final SopVariable<String> QUEUE = text("queue");

    /** Whether SLA clocks count business hours only: StartSla from the policy; StartSupportSla. */
    public static final SopVariable<Boolean> BUSINESS_HOURS_ONLY = flag("businessHoursOnly");

    /** Support's target after a hand-off (ISO duration): StartSla from the policy; StartSupportSla. */
    public static final SopVariable<String> SUPPORT_TARGET = text("supportTarget");

    /** When the first response is due: StartSla; Respond's due date, the breach timer, RemindQueue, DescribeBreach. */
    public static final SopVariable<Date> SLA_DUE = time("slaDue");

    /** 75 % of the first-response target: StartSla; the "75 % of the SLA used" timer. */
    public static final SopVariable<Date> SLA_REMINDER_AT = time("slaReminderAt");

    /** When support is due: StartSupportSla; the support case's due date and timer, RecordBreach, DescribeBreach. */
    public static final SopVariable<Date> SUPPORT_DUE = time("supportDue");

    // --- the response (form interaction-response, or InteractionResponses)

    /**
     * reply, moderate, handoff, crisis or none: the response form; RecordResponse checks it, "How answered?" routes
     * on it, ResolveInteraction reads the Respond task's answer.
     */
    public static final SopVariable<String> ACTION = text("action");

    /** The reply: the response form; RecordResponse checks it, SendReply sends the Respond task's answer. */
    public static final SopVariable<String> REPLY_TEXT = text("replyText");

    /**
     * hide, delete, spam, block or mute (a Moderation's variable): the response form; RecordResponse checks it,
     * ModerateInteraction records the Respond task's answer on the interaction.
     */
    public static final SopVariable<String> MODERATION = text("moderation");

    /** Why (hand-off, crisis, no response): the response form; RecordResponse, RaiseCrisis, the support form. */
    public static final SopVariable<String> RESPONSE_NOTE = text("responseNote");

    /**
     * Who answered: RecordResponse (the person completing Respond, else its assignee); ModerateInteraction,
     * RaiseCrisis and SendReply (from history) act in their name.
     */
    public static final SopVariable<String> RESPONDED_BY = text("respondedBy");

    // --- after the response

    /** Whether the channel took the reply: SendReply; the "Reply delivered?" gateway. */
    public static final SopVariable<Boolean> REPLY_DELIVERED = flag("replyDelivered");

    /** What the channel said: SendReply; the verify-reply form shows it, the audit history lists it as a decision. */
    public static final SopVariable<String> REPLY_OUTCOME = text("replyOutcome");

    /** What the check found: the verify-reply form; nothing reads it (it is for the instance's history). */
    public static final SopVariable<String> REPLY_FINDING = text("replyFinding");

    /** The check's note: the verify-reply form; nothing reads it (it is for the instance's history). */
    public static final SopVariable<String> REPLY_FINDING_NOTE = text("replyFindingNote");

    /** What support did: the support-case form; nothing reads it (it is for the instance's history). */
    public static final SopVariable<String> SUPPORT_RESOLUTION = text("supportResolution");

    // --- moderation on the platform (form moderate-by-hand)

    /**
     * Whether the platform did the moderation: ModerateOnPlatform, from the interaction's record, just before the
     * "Done on the platform?" gateway reads it (no wait state between, so no task completer can have changed it).
     */
    public static final SopVariable<Boolean> MODERATION_APPLIED = flag("moderationApplied");

    /** What to do by hand, with the link (local to the task): DescribeModeration; the moderate-by-hand form. */
    public static final SopVariable<String> MODERATION_INSTRUCTION = text("moderationInstruction");

    /** done or not-needed: the moderate-by-hand form; RecordModerationByHand checks and records it. */
    public static final SopVariable<String> MODERATION_FINDING = text("moderationFinding");

    /** What the person did on the platform: the moderate-by-hand form; RecordModerationByHand records it. */
    public static final SopVariable<String> MODERATION_NOTE = text("moderationNote");

    // --- breaches (form sla-breach)

    /** "first response" or "support": RecordBreach; DescribeBreach. */
    public static final SopVariable<String> BREACH_OF = text("breachOf");

    /** What broke and where it waits (local to the breach task): DescribeBreach; the breach form shows it. */
    public static final SopVariable<String> BREACH_SUMMARY = text("breachSummary");

    /** The manager's note on the breach: the breach form; nothing reads it (it is for the instance's history). */
    public static final SopVariable<String> BREACH_NOTE = text("breachNote");

    private InteractionHandlingVariables() {
    }
}
