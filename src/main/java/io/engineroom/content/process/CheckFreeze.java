package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.PUBLISHING_FROZEN;

import io.engineroom.publishing.FreezeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Check publishing freeze": a frozen brand's due posts wait for the release. */
@Component("checkFreeze")
class CheckFreeze implements JavaDelegate {

    private final FreezeService freezes;
    private final PieceFacts facts;

    CheckFreeze(FreezeService freezes, PieceFacts facts) {
        this.freezes = freezes;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PUBLISHING_FROZEN.set(execution, freezes.isFrozen(facts.brand(execution)));
    }
}
