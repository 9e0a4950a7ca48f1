package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.REVIEW_DECISION;

import io.engineroom.content.ContentMarkets;
import io.engineroom.workflow.Acting;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Local review": claimed and completed only by someone other than the translator and, where the market names its
 * local reviewers, one of them (checked on the market's record when the task is claimed and when it is completed).
 * An approval is recorded on the market's text.
 */
@Component("localReviewer")
class LocalReviewer implements TaskListener {

    private final ContentMarkets markets;
    private final MarketOfInstance instances;

    LocalReviewer(ContentMarkets markets, MarketOfInstance instances) {
        this.markets = markets;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean claiming = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
        String reviewer = claiming ? task.getAssignee() : Acting.completer(task);
        MarketOfInstance.Target target = instances.of(task.getExecution());
        try {
            if (claiming) {
                markets.requireLocalReviewer(target.item(), target.market(), reviewer);
            } else if ("approve".equals(REVIEW_DECISION.get(task))) {
                markets.approveLocally(target.item(), target.market(), reviewer);
            } else {
                markets.requireLocalReviewer(target.item(), target.market(), reviewer);
            }
        } catch (AccessDeniedException denied) {
            throw new AuthorizationException(denied.getMessage());
        }
    }
}
