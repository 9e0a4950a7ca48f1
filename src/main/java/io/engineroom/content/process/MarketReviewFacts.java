package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.PAID_PROMOTION;
import static io.engineroom.content.MarketLocalizationVariables.REGULATED_MARKET;

import io.engineroom.content.ContentMarkets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) on market-localization's "Decide local review": what market-review.dmn decides on,
 * from their owners just before the table reads them: whether the market is regulated from the brand's market record,
 * whether the item is paid promotion from the brief as submitted in the calling instance. Whatever the translator
 * may have written into these variables is overwritten here, and the gateway reading the result follows in the same
 * transaction.
 */
@Component("marketReviewFacts")
class MarketReviewFacts implements ExecutionListener {

    private final MarketOfInstance instances;
    private final ContentMarkets markets;

    MarketReviewFacts(MarketOfInstance instances, ContentMarkets markets) {
        this.instances = instances;
        this.markets = markets;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MarketOfInstance.Target target = instances.of(execution);
        REGULATED_MARKET.set(execution, markets.marketOf(target.item(), target.market()).regulated());
        PAID_PROMOTION.set(execution, PieceFacts.paidPromotion(target.caller()));
    }
}
