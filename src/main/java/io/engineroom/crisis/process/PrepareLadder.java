package io.engineroom.crisis.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service task "Line up who to notify", once per role of the chain. The line and the position in it are local to
 * the role's instance of the chain, so every role escalates on its own.
 */
@Component("prepareLadder")
class PrepareLadder implements JavaDelegate {

    private final NotificationLadder ladders;
    private final CrisisFacts facts;

    PrepareLadder(NotificationLadder ladders, CrisisFacts facts) {
        this.ladders = ladders;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> ladder = ladders.lineUp(facts.brand(execution),
                (String) execution.getVariable("notifyRole"), ClockUtil.getCurrentTime().toInstant());
        execution.setVariableLocal("ladder", ladder);
        execution.setVariableLocal("rung", 0);
    }
}
