package io.engineroom.workflow.engine;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.SetAnnotationForOperationLog;
import org.camunda.bpm.engine.impl.batch.history.DeleteHistoricBatchCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstancesBulkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.UpdateCaseDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * History is the audit record: nobody edits or deletes it, not even an admin, whether through {@code /engine-rest},
 * the Camunda webapps or Java. Every engine command that would is refused here, before it runs, with an
 * {@link AuthorizationException} (403 over REST). Only the history-cleanup job removes history, when a brand's
 * retention (its removal time) has passed: it deletes through the entity managers, not through these commands.
 *
 * <p>Deployments and process definitions cannot be deleted either, with or without cascade: cascade would delete
 * their instances' history, and even a plain delete would take away the BPMN an old instance's diagram and
 * audit trail are drawn from. A changed SOP is deployed as a new version instead.
 *
 * <p>Comments and attachments are part of that record (a reviewer's reason for a rejection, the file they
 * approved): adding them stays open, changing or deleting them is refused, for tasks and process instances alike.
 * So is deleting a stand-alone task: with cascade it takes the task's history, comments and attachments along, and
 * Engine Room has no stand-alone tasks (an SOP's task cannot be deleted at all).
 *
 * <p>How long history is kept is each brand's choice (the History retention screen, applied through the removal
 * time): changing a definition's {@code historyTimeToLive} at run time is refused, so nobody shortens it behind the
 * brand's back.
 *
 * <p>Left alone: deleting runtime process instances (their history stays), and deleting a running batch.
 */
class HistoryProtection extends CommandInterceptor {

    private static final Set<Class<?>> REFUSED = Set.of(
            DeleteHistoricProcessInstancesCmd.class, DeleteHistoricProcessInstancesBatchCmd.class,
            DeleteHistoricTaskInstanceCmd.class,
            DeleteHistoricDecisionInstanceByDefinitionIdCmd.class, DeleteHistoricDecisionInstanceByInstanceIdCmd.class,
            DeleteHistoricDecisionInstancesBulkCmd.class, DeleteHistoricDecisionInstancesBatchCmd.class,
            DeleteHistoricCaseInstanceCmd.class, DeleteHistoricCaseInstancesBulkCmd.class,
            DeleteHistoricVariableInstanceCmd.class, DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
            DeleteHistoricBatchCmd.class, DeleteUserOperationLogEntryCmd.class, SetAnnotationForOperationLog.class,
            SetRemovalTimeToHistoricProcessInstancesCmd.class, SetRemovalTimeToHistoricDecisionInstancesCmd.class,
            SetRemovalTimeToHistoricBatchesCmd.class,
            DeleteDeploymentCmd.class, DeleteProcessDefinitionsByIdsCmd.class, DeleteProcessDefinitionsByKeyCmd.class,
            DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class, UpdateCommentCmd.class,
            DeleteAttachmentCmd.class, SaveAttachmentCmd.class, DeleteTaskCmd.class);

    private static final Set<Class<?>> RETENTION = Set.of(UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
            UpdateDecisionDefinitionHistoryTimeToLiveCmd.class, UpdateCaseDefinitionHistoryTimeToLiveCmd.class);

    @Override
    public <T> T execute(Command<T> command) {
        if (RETENTION.contains(command.getClass())) {
            throw new AuthorizationException("A definition's history time to live is not changed at run time ("
                    + command.getClass().getSimpleName() + " refused): how long history is kept is set per brand "
                    + "on the History retention screen.");
        }
        if (REFUSED.contains(command.getClass())) {
            throw new AuthorizationException("History cannot be edited or deleted, not even by an admin ("
                    + command.getClass().getSimpleName() + " refused): only the history cleanup removes it, when "
                    + "a brand's retention has passed. SOPs are changed by deploying a new version, never by "
                    + "deleting one.");
        }
        return next.execute(command);
    }
}
