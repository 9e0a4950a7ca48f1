package io.engineroom.workflow.raci;

import io.engineroom.workflow.RaciMatrix;
import io.engineroom.workflow.RaciStep;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Reads the RACI matrix of one BPMN process from the model alone (no engine, no Spring), so what the screen shows
 * is what the deployed file says. The steps are the user tasks; a role is a Camunda group id. The rules, chosen to
 * be mechanical and explainable rather than clever:
 * <ul>
 * <li><b>R</b>: the step's {@code camunda:candidateGroups}. A step without one gets the warning "no R".</li>
 * <li><b>A</b>: a <em>decision task</em> is a user task whose outgoing flow enters an exclusive gateway with two or
 * more ways out (the gateway reads that task's outcome). Walking the sequence flows forward from the step (the step
 * itself first, through gateways, events and other tasks, into and out of embedded sub-processes), the decision
 * tasks met at the nearest distance are accountable: their candidate groups are A. Two or more roles there is the
 * warning "two roles claim A" (two approvers at the same distance, or one approval offered to two groups).</li>
 * <li><b>C</b>: the groups of every other decision task the step leads to and whose gateway can send the work back
 * to the step, i.e. one of its ways out reaches the step before any other user task and without leaving the
 * review's sub-process; the step's A roles are left out (they already decide).</li>
 * <li><b>I</b>: the groups of <em>notice tasks</em> (user tasks with a {@code camunda:property} named
 * {@code notice}, which the app tells their people about) that run while the step waits: those in event
 * sub-processes of any scope holding the step, and those reached from the step's boundary events before any other
 * user task (within the step's sub-process).</li>
 * </ul>
 * Decisions (DMN) made by business rule tasks are not a role: their outcome is the model's, not a person's. But
 * where a decision picks the people of a step (a step without candidate groups, inside a multi-instance over the
 * result of a business rule task, or assigned from that result), the roles the decision table can name are the
 * step's R ({@link DecisionRoles}): the crisis SOP's "Acknowledge the crisis notice" goes to the roles
 * crisis-notification.dmn lists.
 */
public final class RaciDerivation {

    private static final String NOTICE = "notice";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)");

    private RaciDerivation() {
    }

    /** The matrix of the first executable process in the BPMN document, read without its decisions. */
    public static RaciMatrix derive(InputStream bpmn, int version) {
        return derive(bpmn, version, DecisionRoles.NONE);
    }

    /** The matrix of the first executable process, steps whose people a decision picks read from its table. */
    public static RaciMatrix derive(InputStream bpmn, int version, DecisionRoles decisions) {
        BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
        Process process = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The BPMN holds no executable process"));
        List<RaciStep> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (UserTask task : userTasksIn(process)) {
            RaciStep step = stepOf(task, decisions);
            steps.add(step);
            if (step.responsible().isEmpty()) {
                warnings.add(step.name() + ": no R (the step has no candidate group)");
            }
            if (step.accountable().size() > 1) {
                warnings.add(step.name() + ": two roles claim A (" + String.join(", ", step.accountable()) + ")");
            }
        }
        String name = process.getName() == null ? process.getId() : process.getName();
        return new RaciMatrix(process.getId(), name, version, steps, warnings);
    }

    private static RaciStep stepOf(UserTask task, DecisionRoles decisions) {
        Set<String> responsible = groups(task);
        if (responsible.isEmpty()) {
            responsible = decidedRoles(task, decisions);
        }
        Set<String> accountable = accountable(task);
        Set<String> consulted = new LinkedHashSet<>();
        for (UserTask reviewer : reachableUserTasks(task)) {
            if (reviewer != task && isDecision(reviewer) && sendsBack(reviewer, task)) {
                consulted.addAll(groups(reviewer));
            }
        }
        consulted.removeAll(accountable);
        Set<String> informed = new LinkedHashSet<>();
        for (UserTask notice : notices(task)) {
            if (notice != task) {
                informed.addAll(groups(notice));
            }
        }
        String name = task.getName() == null ? task.getId() : task.getName();
        return new RaciStep(task.getId(), name, responsible, accountable, consulted, informed);
    }

    /**
     * The roles named by the decisions whose result variable the step's people come from: the collection of a
     * multi-instance around the step (or on it), or an expression in its assignee or candidate users.
     */
    private static Set<String> decidedRoles(UserTask task, DecisionRoles decisions) {
        Set<String> variables = new LinkedHashSet<>();
        for (ModelElementInstance scope = task; scope instanceof Activity activity;
                scope = scope.getParentElement()) {
            if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
                variables.addAll(variablesIn(loop.getCamundaCollection()));
            }
        }
        variables.addAll(variablesIn(task.getCamundaAssignee()));
        variables.addAll(variablesIn(task.getCamundaCandidateUsers()));
        Set<String> roles = new LinkedHashSet<>();
        for (BusinessRuleTask rule : task.getModelInstance().getModelElementsByType(BusinessRuleTask.class)) {
            if (rule.getCamundaDecisionRef() != null && variables.contains(rule.getCamundaResultVariable())) {
                roles.addAll(decisions.named(rule.getCamundaDecisionRef()));
            }
        }
        return roles;
    }

    private static Set<String> variablesIn(String expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression != null) {
            Matcher matcher = VARIABLE.matcher(expression);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Breadth first from the step: the candidate groups of the nearest decision tasks. */
    private static Set<String> accountable(UserTask step) {
        Set<FlowNode> seen = new HashSet<>();
        List<FlowNode> level = List.of(step);
        seen.add(step);
        while (!level.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            for (FlowNode node : level) {
                if (node instanceof UserTask task && isDecision(task)) {
                    found.addAll(groups(task));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            List<FlowNode> next = new ArrayList<>();
            for (FlowNode node : level) {
                for (FlowNode target : next(node, true)) {
                    if (seen.add(target)) {
                        next.add(target);
                    }
                }
            }
            level = next;
        }
        return Set.of();
    }

    private static boolean sendsBack(UserTask reviewer, UserTask step) {
        for (FlowNode node : next(reviewer, false)) {
            if (node instanceof ExclusiveGateway gateway && outgoing(gateway).size() > 1
                    && walk(next(gateway, false), true).contains(step)) {
                return true;
            }
        }
        return false;
    }

    private static Set<UserTask> notices(UserTask step) {
        Set<UserTask> notices = new LinkedHashSet<>();
        for (ModelElementInstance scope = step.getParentElement(); scope != null; scope = scope.getParentElement()) {
            for (SubProcess sub : scope.getChildElementsByType(SubProcess.class)) {
                if (sub.triggeredByEvent()) {
                    userTasksIn(sub).stream().filter(RaciDerivation::isNotice).forEach(notices::add);
                }
            }
        }
        for (BoundaryEvent boundary : step.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
            if (boundary.getAttachedTo() == step) {
                walk(next(boundary, false), true).stream().filter(RaciDerivation::isNotice).forEach(notices::add);
            }
        }
        return notices;
    }

    private static Set<UserTask> reachableUserTasks(UserTask step) {
        return walk(next(step, true), false);
    }

    /** The user tasks reachable from {@code start}; when {@code stopAtTasks}, not beyond the first on each path. */
    private static Set<UserTask> walk(Collection<FlowNode> start, boolean stopAtTasks) {
        boolean leave = !stopAtTasks;
        Set<UserTask> tasks = new LinkedHashSet<>();
        Set<FlowNode> seen = new HashSet<>(start);
        Deque<FlowNode> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            FlowNode node = todo.poll();
            if (node instanceof UserTask task) {
                tasks.add(task);
                if (stopAtTasks) {
                    continue;
                }
            }
            for (FlowNode target : next(node, leave)) {
                if (seen.add(target)) {
                    todo.add(target);
                }
            }
        }
        return tasks;
    }

    /**
     * Where the token goes next: into an embedded sub-process at its start and, when {@code leave}, out of it at its
     * end. A review's ways out are followed without leaving: otherwise an approval that ends the sub-process would
     * "send back" to every step a later loop of the parent (a freeze, a new round) reaches.
     */
    private static List<FlowNode> next(FlowNode node, boolean leave) {
        List<FlowNode> next = new ArrayList<>();
        for (SequenceFlow flow : outgoing(node)) {
            FlowNode target = flow.getTarget();
            if (target instanceof SubProcess sub && !sub.triggeredByEvent()) {
                next.addAll(sub.getChildElementsByType(StartEvent.class));
            } else {
                next.add(target);
            }
        }
        if (leave && node instanceof EndEvent && node.getParentElement() instanceof SubProcess sub
                && !sub.triggeredByEvent()) {
            next.addAll(next(sub, true));
        }
        return next;
    }

    private static boolean isDecision(UserTask task) {
        return outgoing(task).stream().map(SequenceFlow::getTarget)
                .anyMatch(target -> target instanceof ExclusiveGateway && outgoing(target).size() > 1);
    }

    /**
     * The flows leaving a node, by their {@code sourceRef}: the node's own {@code outgoing} list is optional in
     * BPMN and hand-written files leave it out.
     */
    private static List<SequenceFlow> outgoing(FlowNode node) {
        return node.getModelInstance().getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getSource() == node).toList();
    }

    private static boolean isNotice(UserTask task) {
        return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .anyMatch(property -> NOTICE.equals(property.getCamundaName()));
    }

    private static Set<String> groups(UserTask task) {
        return new LinkedHashSet<>(task.getCamundaCandidateGroupsList());
    }

    /** The user tasks of a scope and of its sub-processes, in document order. */
    private static List<UserTask> userTasksIn(BaseElement scope) {
        List<UserTask> tasks = new ArrayList<>();
        for (ModelElementInstance child : scope.getChildElementsByType(FlowNode.class)) {
            if (child instanceof UserTask task) {
                tasks.add(task);
            } else if (child instanceof SubProcess sub) {
                tasks.addAll(userTasksIn(sub));
            }
        }
        return tasks;
    }
}
