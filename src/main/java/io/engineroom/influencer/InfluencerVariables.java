package io.engineroom.influencer;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;

/**
 * The variables of the influencer-engagement SOP (processes/influencer-engagement.bpmn, creator-vetting.dmn and the
 * forms of its tasks), each named once. What decides a route is read from the campaign's record where a task
 * completer could have rewritten the variable; the rest are a task's own answer, read right after it.
 */
public final class InfluencerVariables {

    /** The campaign's brand, set at the start; the engine makes it the instance's tenant. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;
    /** "Campaign name: creator", set at the start; the inbox shows it. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;
    /** The campaign's id, set at the start; for the forms and people reading the instance, never for a decision. */
    public static final SopVariable<Long> CAMPAIGN_ID = SopVariable.number("campaignId");
    /** The creator's name and handles, set at the start; the forms show them. */
    public static final SopVariable<String> CREATOR = SopVariable.text("creator");
    /** The campaign's disclosure tag (#ad by default), set at the start; the live-post form shows it. */
    public static final SopVariable<String> DISCLOSURE_TAG = SopVariable.text("disclosureTag");

    /** "strong", "partial" or "poor": the vet form; RecordVet puts it on the campaign, VettingFacts reads it back. */
    public static final SopVariable<String> AUDIENCE_FIT = SopVariable.text("audienceFit");
    /** Brand-safety flags found (0 when none): the vet form; RecordVet and VettingFacts as audienceFit. */
    public static final SopVariable<Integer> BRAND_SAFETY_FLAGS = SopVariable.count("brandSafetyFlags");
    /** The creator's engagement rate in percent, set by VettingFacts from the directory for creator-vetting.dmn. */
    public static final SopVariable<Double> ENGAGEMENT_RATE = SopVariable.of("engagementRate", Double.class);
    /** "pass" or "fail": creator-vetting.dmn's result; the "Vet passed?" gateway reads it right away. */
    public static final SopVariable<String> VET_RESULT = SopVariable.text("vetResult");
    /** Why the vet failed: the failed-vet form; FailedVetNeedsReason refuses it blank. */
    public static final SopVariable<String> VET_FAILURE_REASON = SopVariable.text("vetFailureReason");

    /** "agreed" or "declined": the outreach form; the "Creator agreed?" gateway reads it right after. */
    public static final SopVariable<String> CREATOR_ANSWER = SopVariable.text("creatorAnswer");
    /** "approve" or "reject": legal's contract review form; ContractReviewNeedsComment and the gateway read it. */
    public static final SopVariable<String> CONTRACT_DECISION = SopVariable.text("contractDecision");
    /** What must change in the terms: the contract review form, required with a rejection. */
    public static final SopVariable<String> CONTRACT_COMMENT = SopVariable.text("contractComment");
    /** The brief for the creator: the brief form; RecordCreatorBrief puts it on the campaign. */
    public static final SopVariable<String> CREATOR_BRIEF = SopVariable.text("creatorBrief");
    /** The draft's business key (content:&lt;id&gt;), local to the call activity: PlanCreatorDraft sets it. */
    public static final SopVariable<String> DRAFT_KEY = SopVariable.text("draftKey");

    /** The creator's post as published: the live-post form; CheckLivePost checks the disclosure and records it. */
    public static final SopVariable<String> POST_TEXT = SopVariable.text("postText");
    /** The live post's link: the live-post form; CheckLivePost records it. */
    public static final SopVariable<String> POST_LINK = SopVariable.text("postLink");
    /** The fee to pay, in whole units of the brand's currency: the payment request form; RecordPaymentRequest. */
    public static final SopVariable<Long> PAYMENT_AMOUNT = SopVariable.number("paymentAmount");
    /** "approve" or "reject": the payment approval form; PaymentFourEyes checks who answers, the gateway reads it. */
    public static final SopVariable<String> PAYMENT_DECISION = SopVariable.text("paymentDecision");
    /** Why a payment is refused: the payment approval form. */
    public static final SopVariable<String> PAYMENT_COMMENT = SopVariable.text("paymentComment");

    /** The campaign's figures: the performance review form; RecordCampaignFigures puts them on the campaign. */
    public static final SopVariable<Long> REACH = SopVariable.number("reach");
    public static final SopVariable<Long> IMPRESSIONS = SopVariable.number("impressions");
    public static final SopVariable<Long> ENGAGEMENTS = SopVariable.number("engagements");
    public static final SopVariable<Long> CLICKS = SopVariable.number("clicks");

    private InfluencerVariables() {
    }
}
