package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.TRANSLATION;

import io.engineroom.base.InvalidInput;
import io.engineroom.content.ContentMarkets;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Translate" completed: the translator's text goes onto the item's record for its market, if they are a translator
 * of the brand and it fits every channel of the item (the platform limits the item's own texts keep); otherwise the
 * task stays open with the problem next to the translation field, and nothing is saved.
 */
@Component("recordTranslation")
class RecordTranslation implements TaskListener {

    private final ContentMarkets markets;
    private final MarketOfInstance instances;

    RecordTranslation(ContentMarkets markets, MarketOfInstance instances) {
        this.markets = markets;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        MarketOfInstance.Target target = instances.of(task.getExecution());
        try {
            markets.translate(target.item(), target.market(), TRANSLATION.findIfTyped(task).orElse(null));
        } catch (InvalidInput invalid) {
            throw new BadUserRequestException(invalid.getMessage(), invalid);
        } catch (AccessDeniedException denied) {
            throw new AuthorizationException(denied.getMessage());
        }
    }
}
