package io.engineroom.community;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;

/**
 * The variables of the surprise-and-delight and ugc-permission SOPs and their forms, each named once with its type.
 * None decides a route: the records say what was sent and what the author answered; these are what people read
 * and type.
 */
public final class CommunityVariables {

    /** The brand, set at the start; the instance's tenant. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;
    /** What the inbox shows, set at the start. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;
    /** The author's handle, set at the start; the forms show it. */
    public static final SopVariable<String> AUTHOR_HANDLE = SopVariable.text("authorHandle");
    /** How many positive interactions made them a super-fan, set at the start; the form shows it. */
    public static final SopVariable<Long> POSITIVE_COUNT = SopVariable.number("positiveCount");
    /** What was sent: the surprise form; RecordSurprise copies it to the record. */
    public static final SopVariable<String> SURPRISE_SENT = SopVariable.text("surpriseSent");
    /** How and where it was sent: the surprise form. */
    public static final SopVariable<String> SURPRISE_NOTE = SopVariable.text("surpriseNote");
    /** The author's post to repost, set at the start; the forms show it. */
    public static final SopVariable<String> POST_URL = SopVariable.text("postUrl");
    /** The request sent to the author: suggested at the start, written in the ask form. */
    public static final SopVariable<String> REQUEST_TEXT = SopVariable.text("requestText");
    /** The link to the request sent: the ask form. */
    public static final SopVariable<String> REQUEST_URL = SopVariable.text("requestUrl");
    /** "yes" or "no": the answer form; RecordUgcAnswer copies it to the record, which the gateway reads. */
    public static final SopVariable<String> UGC_ANSWER = SopVariable.text("ugcAnswer");
    /** The link to the author's answer: the answer form. */
    public static final SopVariable<String> ANSWER_URL = SopVariable.text("answerUrl");

    private CommunityVariables() {
    }
}
