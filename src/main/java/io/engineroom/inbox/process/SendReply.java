package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_DELIVERED;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_OUTCOME;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_TEXT;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONDED_BY;

import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.InteractionReplies;
import io.engineroom.inbox.ReplyResult;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Service task "Send reply" (asynchronous before, so it runs in its own job): sends {@code replyText} to the
 * interaction's channel and tells the SOP {@code replyDelivered} and {@code replyOutcome}. The reply is named by the
 * Respond task that asked for it, which stays the same when the job is retried after a crash, so a retry finds the
 * earlier attempt instead of replying twice; a later Respond (after a failed reply) is a new reply.
 */
@Component("sendReply")
class SendReply implements JavaDelegate {

    private final InteractionReplies replies;
    private final InteractionFacts facts;

    SendReply(InteractionReplies replies, InteractionFacts facts) {
        this.replies = replies;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the interaction whose record names this instance, and the reply as the responder submitted it: the
        // variables could have been rewritten while this job waited
        String interactionId = facts.interaction(execution);
        String text = InteractionFacts.answered(execution, REPLY_TEXT);
        HistoricTaskInstance respond = lastRespond(execution);
        String respondedBy = InteractionFacts.answered(execution, RESPONDED_BY);
        String sentBy = respondedBy != null ? respondedBy : respond == null ? null : respond.getAssignee();
        String key = "interaction:" + interactionId + ":reply:"
                + (respond != null ? respond.getId() : execution.getActivityInstanceId());
        ReplyResult result = replies.send(interactionId, text, sentBy, key);
        REPLY_DELIVERED.set(execution, result.delivered());
        REPLY_OUTCOME.set(execution, result.outcome());
    }

    private static HistoricTaskInstance lastRespond(DelegateExecution execution) {
        List<HistoricTaskInstance> respond = execution.getProcessEngineServices().getHistoryService()
                .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(InteractionQueue.RESPOND_TASK).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
        return respond.isEmpty() ? null : respond.get(0);
    }
}
