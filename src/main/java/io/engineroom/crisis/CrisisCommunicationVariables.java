package io.engineroom.crisis;

import static io.engineroom.workflow.SopVariable.count;
import static io.engineroom.workflow.SopVariable.flag;
import static io.engineroom.workflow.SopVariable.list;
import static io.engineroom.workflow.SopVariable.number;
import static io.engineroom.workflow.SopVariable.text;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The variables of the crisis SOP ({@code processes/crisis-communication.bpmn}, its decisions
 * {@code crisis-severity.dmn} and {@code crisis-notification.dmn}, and its forms), each named once with its type and
 * who writes and reads it. Delegates, the service that starts the SOP, views and tests name a variable only through
 * this class; the models name them in their expressions, forms and decision tables. Steps that decide (which
 * incident, which brand, who approved, what is published) read the incident's record or history, not these: see
 * {@code CrisisFacts} and {@code SignOffs}.
 */
public final class CrisisCommunicationVariables {

    /** The brand, as the instance's tenant: {@link SopVariables#BRAND}, written at the start. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;

    /** "Incident: ..." for the inbox: {@link SopVariables#TITLE}, written at the start; also in the freeze's reason. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;

    // --- written when IncidentService starts the SOP

    /** The incident's id: IncidentService at the start; the listeners and notices read it for the timeline. */
    public static final SopVariable<Long> INCIDENT_ID = number("incidentId");

    /** The incident's brand id: IncidentService at the start; no step trusts it (CrisisFacts reads the record). */
    public static final SopVariable<String> BRAND_ID = text("brandId");

    /** What is happening: IncidentService at the start; the notice (SendCrisisNotice) and the forms show it. */
    public static final SopVariable<String> DESCRIPTION = text("description");

    /**
     * How long a notice may go unacknowledged (ISO duration): IncidentService from CrisisSettings; the model's
     * acknowledgement due date and timer, SendCrisisNotice and MoveNoticeOn read it.
     */
    public static final SopVariable<String> ACK_WITHIN = text("ackWithin");

    // --- the assessment (form crisis-assessment, inputs of crisis-severity.dmn)

    /** Prevailing sentiment: NEGATIVE at the start, then the assessment form; the severity matrix and the timeline. */
    public static final SopVariable<String> SENTIMENT = text("sentiment");

    /** People who saw it: the assessment form; the severity matrix and RecordCrisisStep's timeline entry. */
    public static final SopVariable<Long> REACH = number("reach");

    /** Safety exposure: false at the start, then the assessment form; the severity matrix and the timeline. */
    public static final SopVariable<Boolean> SAFETY_EXPOSURE = flag("safetyExposure");

    /** Legal exposure: false at the start, then the assessment form; the severity matrix and the timeline. */
    public static final SopVariable<Boolean> LEGAL_EXPOSURE = flag("legalExposure");

    /** Financial exposure: false at the start, then the assessment form; the severity matrix and the timeline. */
    public static final SopVariable<Boolean> FINANCIAL_EXPOSURE = flag("financialExposure");

    /** The statement template's scenario: the assessment form; RecordSeverity, PrefillStatement, the draft panel. */
    public static final SopVariable<String> SCENARIO = text("scenario");

    /** The assessor's note: the assessment form; RecordSeverity puts it on the incident. */
    public static final SopVariable<String> ASSESSMENT_NOTE = text("assessmentNote");

    /** Who assessed it: RecordCrisisStep on "Assess severity"; the freeze and RecordSeverity act in their name. */
    public static final SopVariable<String> CRISIS_LEAD = text("crisisLead");

    /**
     * 1 (worst) to 4: crisis-severity.dmn's result, normalised by RecordSeverity; the "Severity 2 or worse?"
     * gateway, crisis-notification.dmn, the notice, the freeze's reason, the notice form and the incident room.
     */
    public static final SopVariable<Integer> SEVERITY = count("severity");

    /** How often a status update is due (ISO duration): RecordSeverity; the status timer and PrefillStatement. */
    public static final SopVariable<String> STATUS_EVERY = text("statusEvery");

    // --- the freeze

    /**
     * Whether this incident froze the brand: false at the start, FreezeBrandPublishing, then FreezeFacts from
     * history before "Lift the freeze?"; that gateway, CloseIncident and the resolve form's conditions read it.
     */
    public static final SopVariable<Boolean> FROZEN_BY_CRISIS = flag("frozenByCrisis");

    // --- the notification chain (crisis-notification.dmn, one inner instance per role)

    /** The roles to tell, in order: crisis-notification.dmn's "role" column collected; the chain's collection. */
    public static final SopVariable<List<String>> NOTIFY_ROLES = list("notifyRoles");

    /** One role of the chain: the multi-instance's element variable; PrepareLadder, the notices, the notice form. */
    public static final SopVariable<String> NOTIFY_ROLE = text("notifyRole");

    /** Who is told, in order (local to the role): PrepareLadder; "Anyone with the role?", the notice steps. */
    public static final SopVariable<List<String>> LADDER = list("ladder");

    /** The position in the ladder (local): PrepareLadder, MoveNoticeOn; SendCrisisNotice reads it. */
    public static final SopVariable<Integer> RUNG = count("rung");

    /** Whether the ladder has someone left (local): MoveNoticeOn; the "Anyone left?" gateway. */
    public static final SopVariable<Boolean> ANYONE_LEFT = flag("anyoneLeft");

    /** Who holds the notice now (local): SendCrisisNotice; the acknowledgement's assignee, MoveNoticeOn. */
    public static final SopVariable<String> NOTICE_TO = text("noticeTo");

    /**
     * The notice's id (local): SendCrisisNotice; AcknowledgeNotice copies it onto its task (so an acknowledgement in
     * the app finds the task) and acknowledges it; MoveNoticeOn withdraws it.
     */
    public static final SopVariable<Long> NOTICE_ID = number("noticeId");

    // --- the holding statement and its sign-offs (forms holding-statement, statement-sign-off)

    /**
     * The holding statement's text: PrefillStatement, then the draft form; the sign-off form and the incident room
     * show it; PublishStatement publishes the last draft's answer from history.
     */
    public static final SopVariable<String> STATEMENT = text("statement");

    /** A support contact for the template's {contact}: nothing in the shipped model; PrefillStatement reads it. */
    public static final SopVariable<String> CONTACT = text("contact");

    /** "approve" or "reject": the sign-off form; RecordSignOff checks it, then removes it. */
    public static final SopVariable<String> SIGN_OFF = text("signOff");

    /** Why it was rejected: the sign-off form; RecordSignOff keeps it as the side's feedback, then removes it. */
    public static final SopVariable<String> SIGN_OFF_COMMENT = text("signOffComment");

    /**
     * Legal's decision: RecordSignOff in the sign-off task, then SignOffFacts from history before "Both approved?";
     * that gateway and the incident room read it (SignOffs reads the task's answer in history).
     */
    public static final SopVariable<Boolean> LEGAL_APPROVED = flag("legalApproved");

    /** Who approved for legal: as {@link #LEGAL_APPROVED}; the incident room shows it. */
    public static final SopVariable<String> LEGAL_APPROVER = text("legalApprover");

    /** Legal's reason for sending the draft back: RecordSignOff; the draft panel shows it to the crisis lead. */
    public static final SopVariable<String> LEGAL_FEEDBACK = text("legalFeedback");

    /** The executive's decision: as {@link #LEGAL_APPROVED}, for the executive sign-off. */
    public static final SopVariable<Boolean> EXECUTIVE_APPROVED = flag("executiveApproved");

    /** Who approved as the executive: as {@link #LEGAL_APPROVER}. */
    public static final SopVariable<String> EXECUTIVE_APPROVER = text("executiveApprover");

    /** The executive's reason for sending the draft back: as {@link #LEGAL_FEEDBACK}. */
    public static final SopVariable<String> EXECUTIVE_FEEDBACK = text("executiveFeedback");

    /** Whether the statement went out: PublishStatement; nothing reads it (it is for the instance's history). */
    public static final SopVariable<Boolean> STATEMENT_PUBLISHED = flag("statementPublished");

    // --- status updates, resolution, review (forms crisis-status-update, crisis-resolve, post-crisis-review)

    /** Where things stand: the status update form; RecordCrisisStep puts it on the timeline. */
    public static final SopVariable<String> STATUS_UPDATE = text("statusUpdate");

    /** How it was resolved: the resolve form; CloseIncident puts it on the incident. */
    public static final SopVariable<String> RESOLUTION = text("resolution");

    /** Keep the brand frozen: false at the start, then the resolve form; "Lift the freeze?" and CloseIncident. */
    public static final SopVariable<Boolean> KEEP_FREEZE = flag("keepFreeze");

    /** What happens to held posts (a ReleaseChoice): BACK_TO_REVIEW at the start, then the resolve form; LiftFreeze. */
    public static final SopVariable<String> RELEASE_CHOICE = text("releaseChoice");

    /** Who resolved it: RecordCrisisStep on "Resolve the incident"; CloseIncident and LiftFreeze act in their name. */
    public static final SopVariable<String> RESOLVED_BY = text("resolvedBy");

    /** The incident's timeline as text (local to the review task): AttachTimeline; the review form shows it. */
    public static final SopVariable<String> TIMELINE = text("timeline");

    /** What went well: the review form; RecordCrisisStep puts it on the timeline. */
    public static final SopVariable<String> WENT_WELL = text("wentWell");

    /** What to improve: the review form; RecordCrisisStep puts it on the timeline. */
    public static final SopVariable<String> TO_IMPROVE = text("toImprove");

    private CrisisCommunicationVariables() {
    }

    /**
     * The variables an incident's SOP starts with: who it is about, and what the assessment form starts from and
     * later steps read even when a form left them out (no exposure, not frozen, held posts back to review).
     */
    public static VariableMap start(long incidentId, String brandId, String incidentTitle, String description,
            String acknowledgeWithin) {
        VariableMap variables = Variables.createVariables();
        INCIDENT_ID.put(variables, incidentId);
        BRAND_ID.put(variables, brandId);
        // the brand is the instance's tenant (BrandTenantIdProvider): My work shows the brand's people its tasks
        BRAND.put(variables, brandId);
        TITLE.put(variables, "Incident: " + incidentTitle);
        DESCRIPTION.put(variables, description);
        ACK_WITHIN.put(variables, acknowledgeWithin);
        SENTIMENT.put(variables, "NEGATIVE");
        SAFETY_EXPOSURE.put(variables, false);
        LEGAL_EXPOSURE.put(variables, false);
        FINANCIAL_EXPOSURE.put(variables, false);
        FROZEN_BY_CRISIS.put(variables, false);
        KEEP_FREEZE.put(variables, false);
        RELEASE_CHOICE.put(variables, "BACK_TO_REVIEW");
        return variables;
    }
}
