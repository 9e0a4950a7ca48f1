package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.MARKET;
import static io.engineroom.content.MarketLocalizationVariables.MARKET_LABEL;
import static io.engineroom.content.MarketLocalizationVariables.SOURCE_TEXT;
import static io.engineroom.content.MarketLocalizationVariables.TITLE;

import io.engineroom.brand.Market;
import io.engineroom.content.ContentMarkets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) of market-localization: what the translator and the local reviewer are shown, the
 * market from its record and the caption as the copywriter last submitted it in the calling instance (what the
 * reviewers approved), and the title with the market's code so the inbox tells the markets' tasks apart. For people
 * only; no step decides on these variables.
 */
@Component("marketFacts")
class MarketFacts implements ExecutionListener {

    private final MarketOfInstance instances;
    private final ContentMarkets markets;

    MarketFacts(MarketOfInstance instances, ContentMarkets markets) {
        this.instances = instances;
        this.markets = markets;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MarketOfInstance.Target target = instances.of(execution);
        Market market = markets.marketOf(target.item(), target.market());
        MARKET.set(execution, market.code());
        // the inbox lists a task by its instance's title: one per market, so each says which
        TITLE.set(execution, TITLE.find(execution).orElse("Content item " + target.item()) + " [" + market.code()
                + "]");
        MARKET_LABEL.set(execution, market.label());
        SOURCE_TEXT.set(execution, PieceFacts.caption(target.caller()));
    }
}
