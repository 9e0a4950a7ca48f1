package io.engineroom.workflow;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * One process variable of an SOP, named once with its type. Each SOP has a class of these constants (for example
 * {@code ContentApprovalVariables}); delegates, the services that start instances and the tests read and write the
 * variable only through it, so a renamed variable is one edit and a wrong type fails with the variable's name
 * instead of a {@code ClassCastException} three calls later.
 *
 * <p>Numbers are converted between {@code Integer} and {@code Long}: Camunda's forms and the REST API store whole
 * numbers as {@code Long}, Java delegates and FEEL often as {@code Integer}, and the SOP means the same number.
 *
 * @param <T> what the variable holds
 */
public final class SopVariable<T> {

    private final String name;
    private final Class<T> type;

    private SopVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static SopVariable<String> text(String name) {
        return new SopVariable<>(name, String.class);
    }

    public static SopVariable<Boolean> flag(String name) {
        return new SopVariable<>(name, Boolean.class);
    }

    public static SopVariable<Long> number(String name) {
        return new SopVariable<>(name, Long.class);
    }

    public static SopVariable<Integer> count(String name) {
        return new SopVariable<>(name, Integer.class);
    }

    /** A point in time: a {@link Date}, because that is what Camunda's timers and forms read. */
    public static SopVariable<Date> time(String name) {
        return new SopVariable<>(name, Date.class);
    }

    /** A list (of strings, in every SOP so far): Camunda keeps it serialized, its elements are not checked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <E> SopVariable<List<E>> list(String name) {
        return new SopVariable<>(name, (Class) List.class);
    }

    /** A map, such as a DMN result row: Camunda keeps it serialized, its entries are not checked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SopVariable<Map<String, Object>> map(String name) {
        return new SopVariable<>(name, (Class) Map.class);
    }

    public static <T> SopVariable<T> of(String name, Class<T> type) {
        return new SopVariable<>(name, type);
    }

    /** The variable's name in the BPMN and DMN models. */
    public String name() {
        return name;
    }

    /** Its value as the scope sees it (local, then up the parent scopes), or null when it has none. */
    public T get(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    /** As {@link #get}, failing with the variable's name when it has no value. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("The SOP variable '" + name + "' has no value here");
        }
        return value;
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(get(scope));
    }

    /** Its value on this scope only (a multi-instance or sub-process execution), or null. */
    public T getLocal(VariableScope scope) {
        return cast(scope.getVariableLocal(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    /** Removes it from this scope (a fresh round of a task starts without the last round's answer). */
    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** Its value in a map of variables (an instance's start variables, a form's submission), or null. */
    public T from(Map<String, ?> variables) {
        return cast(variables.get(name));
    }

    /** Puts the value into a map of variables (to start an instance, to complete a task, to correlate). */
    public VariableMap put(VariableMap variables, T value) {
        return variables.putValue(name, value);
    }

    public T get(RuntimeService runtime, String executionId) {
        return cast(runtime.getVariable(executionId, name));
    }

    public void set(RuntimeService runtime, String executionId, T value) {
        runtime.setVariable(executionId, name, value);
    }

    public T get(TaskService tasks, String taskId) {
        return cast(tasks.getVariable(taskId, name));
    }

    /** What a completed task answered for this variable (see {@link WorkHistory#answer}). */
    public Optional<T> answered(HistoryService history, HistoricTaskInstance task) {
        return WorkHistory.answer(history, task, name).map(this::cast);
    }

    /** What the last completed task of this key answered (see {@link WorkHistory#lastAnswer}). */
    public Optional<T> lastAnswer(HistoryService history, String processInstanceId, String taskKey) {
        return WorkHistory.lastAnswer(history, processInstanceId, taskKey, name).map(this::cast);
    }

    /**
     * What the last completed task of this key answered, or {@code current} while that task is being completed in
     * this very command (see {@link WorkHistory#answerOrCurrent}).
     */
    public Optional<T> answerOrCurrent(HistoryService history, String processInstanceId, String taskKey, T current) {
        return WorkHistory.answerOrCurrent(history, processInstanceId, taskKey, name, current).map(this::cast);
    }

    /** What a step of the SOP last set (see {@link WorkHistory#setInStep}). */
    public Optional<T> setInStep(HistoryService history, String processInstanceId, String activityId) {
        return WorkHistory.setInStep(history, processInstanceId, activityId, name).map(this::cast);
    }

    /** The value it was first given in the instance (see {@link WorkHistory#firstValue}). */
    public Optional<T> firstValue(HistoryService history, String processInstanceId) {
        return WorkHistory.firstValue(history, processInstanceId, name).map(this::cast);
    }

    /**
     * As {@link #find}, but a value of another type counts as none instead of failing: for the few readers that
     * must go on whatever the variable was set to (a timer's date, the order of held posts, a task page's panel).
     */
    public Optional<T> findIfTyped(VariableScope scope) {
        return ifTyped(scope.getVariable(name));
    }

    /** As {@link #findIfTyped(VariableScope)}, for an execution outside the engine's delegates. */
    public Optional<T> findIfTyped(RuntimeService runtime, String executionId) {
        return ifTyped(runtime.getVariable(executionId, name));
    }

    /** As {@link #from}, but a value of another type counts as none (see {@link #findIfTyped(VariableScope)}). */
    public Optional<T> fromIfTyped(Map<String, ?> variables) {
        return ifTyped(variables.get(name));
    }

    private Optional<T> ifTyped(Object value) {
        return value != null && holdsThisType(value) ? Optional.of(cast(value)) : Optional.empty();
    }

    /** Of this variable's type, or a whole number where the variable is one (see the class comment). */
    private boolean holdsThisType(Object value) {
        return type.isInstance(value) || value instanceof Number && (type == Long.class || type == Integer.class);
    }

    /** The value as this variable's type: whole numbers converted, anything else refused with the name. */
    public T cast(Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (!holdsThisType(value)) {
            throw new IllegalStateException("The SOP variable '" + name + "' holds a "
                    + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        long whole = ((Number) value).longValue();
        if (type == Long.class) {
            return type.cast(whole);
        }
        return type.cast(Math.toIntExact(whole));
    }

    @Override
    public String toString() {
        return name + " (" + type.getSimpleName() + ")";
    }
}
