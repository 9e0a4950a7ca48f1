package io.engineroom.content.process;

import io.engineroom.content.ContentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Which item and market a market-localization instance works on: named by its business key
 * ({@code content:42:market:de-CH}, set by content-approval's call activity from the item's record), and only if the
 * instance was called by the very content-approval instance that the item's record names. No process variable
 * counts: a translator could rewrite one in the same instance.
 */
@Component
class MarketOfInstance {

    static final String MARKET_PART = ":market:";

    private final ContentService content;

    MarketOfInstance(ContentService content) {
        this.content = content;
    }

    /** The item and market code, checked against the calling instance. */
    Target of(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int at = key == null ? -1 : key.indexOf(MARKET_PART);
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        if (at < 0 || caller == null) {
            throw new IllegalStateException("Instance " + execution.getProcessInstanceId()
                    + " is not a market step called by content approval (business key " + key + ")");
        }
        long item = content.itemOfInstance(caller.getProcessInstanceId(), key.substring(0, at));
        return new Target(item, key.substring(at + MARKET_PART.length()), caller);
    }

    /** The business key of one market's step of an item. */
    static String keyOf(String itemKey, String marketCode) {
        return itemKey + MARKET_PART + marketCode;
    }

    /** One market of one item, and the content-approval execution that called for it. */
    record Target(long item, String market, DelegateExecution caller) {
    }
}
