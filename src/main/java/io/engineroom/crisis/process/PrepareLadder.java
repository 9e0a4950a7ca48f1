package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.LADDER;
import static io.engineroom.crisis.CrisisCommunicationVariables.NOTIFY_ROLE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RUNG;

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
                NOTIFY_ROLE.require(execution), ClockUtil.getCurrentTime().toInstant());
        LADDER.setLocal(execution, ladder);
        RUNG.setLocal(execution, 0);
    }
}
