package io.engineroom.content.process;

import io.engineroom.content.ContentMarkets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Mark market localized": the market's current text may go out with the item. */
@Component("markMarketLocalized")
class MarkMarketLocalized implements JavaDelegate {

    private final ContentMarkets markets;
    private final MarketOfInstance instances;

    MarkMarketLocalized(ContentMarkets markets, MarketOfInstance instances) {
        this.markets = markets;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MarketOfInstance.Target target = instances.of(execution);
        markets.localized(target.item(), target.market());
    }
}
