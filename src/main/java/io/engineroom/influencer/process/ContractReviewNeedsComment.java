package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.CONTRACT_COMMENT;
import static io.engineroom.influencer.InfluencerVariables.CONTRACT_DECISION;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Legal's contract review, on complete: a decision is required, and a rejection says what must change. */
@Component("contractReviewNeedsComment")
class ContractReviewNeedsComment implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decision = CONTRACT_DECISION.get(task);
        String comment = CONTRACT_COMMENT.get(task);
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new BadUserRequestException("The contract review needs a decision: approve or reject");
        }
        if ("reject".equals(decision) && (comment == null || comment.isBlank())) {
            throw new BadUserRequestException("A rejected contract needs a comment saying which terms must change");
        }
    }
}
