package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.MARKET_KEYS;

import io.engineroom.content.ContentMarkets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) on content-approval's "Markets to localize?": which markets the item targets, from its
 * record, as one business key per market for the gateway and the multi-instance call activity right after it
 * (nothing can run in between). An item without markets gets an empty list and goes on as before.
 */
@Component("marketsOnRecord")
class MarketsOnRecord implements ExecutionListener {

    private final ContentMarkets markets;
    private final PieceFacts facts;

    MarketsOnRecord(ContentMarkets markets, PieceFacts facts) {
        this.markets = markets;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long item = facts.item(execution);
        List<String> keys = new ArrayList<>();
        markets.marketsOnRecord(item).forEach(code -> keys.add(MarketOfInstance.keyOf("content:" + item, code)));
        MARKET_KEYS.set(execution, keys);
    }
}
