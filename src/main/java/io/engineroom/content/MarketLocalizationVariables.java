package io.engineroom.content;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;
import java.util.List;

/**
 * The variables of the market step: content-approval's "Localize for each market" and the market-localization SOP
 * it calls once per market (processes/market-localization.bpmn, market-review.dmn, forms market-translation and
 * market-review). What decides a route (which markets, which market an instance is for, whether the market is
 * regulated) is read from records at the decision point; these variables only carry it there and show it.
 */
public final class MarketLocalizationVariables {

    /** The item's title: passed in by the call activity; the inbox shows it. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;

    /**
     * One business key per targeted market ({@code content:42:market:de-CH}): MarketsOnRecord sets it from the item's
     * record at the "Markets to localize?" gateway; the gateway and the multi-instance call activity read it.
     */
    public static final SopVariable<List<String>> MARKET_KEYS = SopVariable.list("marketKeys");
    /** One market's business key: the multi-instance element; the call activity makes it the called business key. */
    public static final SopVariable<String> MARKET_KEY = SopVariable.text("marketKey");

    /** The market's code, for people: MarketFacts at the start; the forms show it. */
    public static final SopVariable<String> MARKET = SopVariable.text("market");
    /** The market in words, for people: MarketFacts at the start; the forms show it. */
    public static final SopVariable<String> MARKET_LABEL = SopVariable.text("marketLabel");
    /** The approved caption to translate, for people: MarketFacts at the start (from the caller's history). */
    public static final SopVariable<String> SOURCE_TEXT = SopVariable.text("sourceText");
    /** The translator's text: the translation form; RecordTranslation checks and stores it on the item's record. */
    public static final SopVariable<String> TRANSLATION = SopVariable.text("translation");

    /** Whether the market is regulated: MarketReviewFacts from the market's record; market-review.dmn reads it. */
    public static final SopVariable<Boolean> REGULATED_MARKET = SopVariable.flag("regulatedMarket");
    /** Whether the item is paid promotion: MarketReviewFacts from the caller's brief; market-review.dmn reads it. */
    public static final SopVariable<Boolean> PAID_PROMOTION = ContentApprovalVariables.PAID_PROMOTION;
    /** Whether a local reviewer must approve: market-review.dmn's output; the "Local review needed?" gateway. */
    public static final SopVariable<Boolean> LOCAL_REVIEW = SopVariable.flag("localReview");

    /** "approve" or "reject": the local review form; RejectionNeedsComment, RecordLocalReview, the gateway. */
    public static final SopVariable<String> REVIEW_DECISION = ContentApprovalVariables.REVIEW_DECISION;
    /** What must change: the local review form; RejectionNeedsComment checks it, the translation form shows it. */
    public static final SopVariable<String> REVIEW_COMMENT = ContentApprovalVariables.REVIEW_COMMENT;

    private MarketLocalizationVariables() {
    }
}
