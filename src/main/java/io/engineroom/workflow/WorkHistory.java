package io.engineroom.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/**
 * What Camunda's history says was done in a process instance: who completed which task, and what they answered.
 * SOP decisions read facts from here (or from Engine Room's records) instead of from process variables, because a
 * variable can be rewritten by anyone who can reach the engine, while history is written by the engine only and
 * never edited. An answer is the last update of a variable made in the completed task's own activity instance
 * (the form's submission and the task's complete listeners); a later {@code setVariable} on the instance is not
 * in that activity instance, so it cannot change what the task answered.
 */
public final class WorkHistory {

    private WorkHistory() {
    }

    /** Who completed the instance's tasks of these keys (the assignee at completion), oldest first, no repeats. */
    public static List<String> completers(HistoryService history, String processInstanceId, String... taskKeys) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(taskKeys).finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .filter(WorkHistory::completed)
                .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).distinct().toList();
    }

    /** What a completed task answered for a variable: its last update in the task's activity instance. */
    public static Optional<Object> answer(HistoryService history, HistoricTaskInstance task, String variable) {
        if (task.getActivityInstanceId() == null) {
            return Optional.empty();
        }
        return lastUpdate(history, task.getProcessInstanceId(), task.getActivityInstanceId(), variable);
    }

    private static Optional<Object> lastUpdate(HistoryService history, String processInstanceId,
            String activityInstanceId, String variable) {
        List<HistoricDetail> updates = history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .activityInstanceId(activityInstanceId)
                .variableUpdates().orderByTime().asc().orderPartiallyByOccurrence().asc().list();
        return updates.stream().map(HistoricVariableUpdate.class::cast)
                .filter(update -> variable.equals(update.getVariableName()))
                .reduce((first, second) -> second).map(update -> Optional.ofNullable(update.getValue()))
                .orElse(Optional.empty());
    }

    /**
     * What the last completed task of this key that gave the variable a value answered: a later round that left
     * the field out (a draft kept as it was) does not erase the earlier answer.
     */
    public static Optional<Object> lastAnswer(HistoryService history, String processInstanceId, String taskKey,
            String variable) {
        List<HistoricTaskInstance> completed = history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(taskKey).finished().list().stream()
                .filter(WorkHistory::completed)
                .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime)
                        .thenComparing(task -> task.getId().length()).thenComparing(HistoricTaskInstance::getId)
                        .reversed())
                .toList();
        for (HistoricTaskInstance task : completed) {
            Optional<Object> answer = answer(history, task, variable);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    /**
     * The value a step (a service task of the SOP, by its id) last gave a variable, in the step's last run: what
     * the step's delegate set, as the engine recorded it.
     */
    public static Optional<Object> setInStep(HistoryService history, String processInstanceId, String activityId,
            String variable) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).finished().list().stream()
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
                        .thenComparing(step -> step.getId().length()).thenComparing(HistoricActivityInstance::getId))
                .flatMap(step -> lastUpdate(history, processInstanceId, step.getId(), variable));
    }

    /**
     * As {@link #lastAnswer}, for a step that may run in the very command that completes the task: then the task is
     * still unfinished in history's tables (the engine writes them when the command ends) and nobody else can have
     * changed the value just submitted, so {@code current} is its answer.
     */
    public static Optional<Object> answerOrCurrent(HistoryService history, String processInstanceId, String taskKey,
            String variable, Object current) {
        boolean completingNow = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).unfinished().count() > 0;
        return completingNow ? Optional.ofNullable(current) : lastAnswer(history, processInstanceId, taskKey, variable);
    }

    /** The value a variable was first given in the instance (at its start, by whoever started it). */
    public static Optional<Object> firstValue(HistoryService history, String processInstanceId, String variable) {
        return history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
                .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast).filter(update -> variable.equals(update.getVariableName()))
                .findFirst().map(HistoricVariableUpdate::getValue);
    }

    /** Completed, not cancelled: an interrupting timer or a terminate end "finishes" a task without anyone's work. */
    private static boolean completed(HistoricTaskInstance task) {
        return task.getDeleteReason() == null || "completed".equals(task.getDeleteReason());
    }
}
