package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.CRISIS_LEAD;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT_PUBLISHED;

import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.PublishedStatement;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Service task "Publish the holding statement" (asynchronous, its own job): posts the approved {@code statement}
 * to every channel of the brand, freeze or not, and records who drafted and approved it. A retried job posts
 * nothing twice (see {@link HoldingStatements#publish}). The drafter is whoever completed the last draft, else
 * the crisis lead.
 */
@Component("publishStatement")
class PublishStatement implements JavaDelegate {

    static final String DRAFT_TASK = "DraftStatement";

    private final HoldingStatements statements;
    private final CrisisFacts facts;

    PublishStatement(HoldingStatements statements, CrisisFacts facts) {
        this.statements = statements;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the incident whose record names this instance, the text as last drafted and the approvers as history
        // has them: none of them from variables that could have been rewritten since the sign-offs
        long incidentId = facts.incident(execution);
        String statement = STATEMENT.lastAnswer(execution.getProcessEngineServices().getHistoryService(),
                execution.getProcessInstanceId(), DRAFT_TASK).orElse(null);
        PublishedStatement published = statements.publish(incidentId, facts.brand(execution), statement,
                drafter(execution), SignOffs.legal(execution).approver(), SignOffs.executive(execution).approver());
        STATEMENT_PUBLISHED.set(execution, published.publishedAt() != null);
    }

    private static String drafter(DelegateExecution execution) {
        List<HistoricTaskInstance> drafts = execution.getProcessEngineServices().getHistoryService()
                .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(DRAFT_TASK).finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
        if (!drafts.isEmpty() && drafts.get(0).getAssignee() != null) {
            return drafts.get(0).getAssignee();
        }
        return CRISIS_LEAD.get(execution);
    }
}
