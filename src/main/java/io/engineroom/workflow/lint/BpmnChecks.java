package io.engineroom.workflow.lint;

import io.engineroom.workflow.SopProblem;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Document;

/**
 * The rules for one BPMN model: who works its user tasks, their forms, timers, history time to live, the decisions
 * its business rule tasks use ({@link DecisionRefs}), and that it runs no code of the deployer's choosing
 * ({@link BpmnCodeChecks}).
 */
final class BpmnChecks {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final String resource;
    private final BpmnModelInstance model;
    private final Set<String> formsInDeployment;
    private final LintEnvironment environment;
    private final List<SopProblem> problems;

    private BpmnChecks(String resource, BpmnModelInstance model, Set<String> formsInDeployment,
            LintEnvironment environment, List<SopProblem> problems) {
        this.resource = resource;
        this.model = model;
        this.formsInDeployment = formsInDeployment;
        this.environment = environment;
        this.problems = problems;
    }

    static void check(String resource, byte[] content, DeploymentScope scope, LintEnvironment environment,
            List<SopProblem> problems) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(new SopProblem(resource, null, "is not a readable BPMN model: " + rootMessage(e)));
            return;
        }
        BpmnChecks checks = new BpmnChecks(resource, model, scope.forms(), environment, problems);
        checks.historyTimeToLive();
        model.getModelElementsByType(UserTask.class).forEach(checks::userTask);
        model.getModelElementsByType(StartEvent.class).forEach(checks::startForm);
        model.getModelElementsByType(TimerEventDefinition.class).forEach(checks::timer);
        model.getModelElementsByType(BusinessRuleTask.class).forEach(task -> DecisionRefs.check(resource, task, scope,
                environment, problems));
        BpmnCodeChecks.check(resource, ((Document) model.getDocument().getDomSource().getNode()).getDocumentElement(),
                environment, problems);
    }

    private void historyTimeToLive() {
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && Expressions.isBlank(process.getCamundaHistoryTimeToLiveString())) {
                problem(process.getId(), "the process has no camunda:historyTimeToLive: set how long its history "
                        + "is kept (e.g. 180 days)");
            }
        }
    }

    /**
     * Who works the task. A candidate group is the rule: SOPs name roles, not people. A task assigned by an
     * expression passes too: the crisis notice goes to the one person on the rota ({@code ${noticeTo}}), and a
     * group there would let someone else acknowledge their notice. A literal assignee or candidate users alone do
     * not: a named person leaving would strand the SOP.
     */
    private void userTask(UserTask task) {
        String groups = task.getCamundaCandidateGroups();
        boolean assignedByExpression = Expressions.isExpression(task.getCamundaAssignee());
        if (Expressions.isBlank(groups) && !assignedByExpression) {
            problem(task.getId(), "the user task has no candidate group: set camunda:candidateGroups to a role");
        } else if (!Expressions.isBlank(groups)) {
            Arrays.stream(groups.split(",")).map(String::trim).filter(group -> !group.isEmpty())
                    .filter(group -> !Expressions.isExpression(group))
                    .filter(group -> !environment.groupExists(group))
                    .forEach(group -> problem(task.getId(), "candidate group '" + group + "' does not exist"));
        }
        if (!Expressions.isBlank(task.getCamundaFormKey())) {
            problem(task.getId(), "the user task uses camunda:formKey: Engine Room renders Camunda Forms, use "
                    + "camunda:formRef with camunda:formRefBinding=\"deployment\"");
        } else if (Expressions.isBlank(task.getCamundaFormRef())) {
            problem(task.getId(), "the user task has no form: set camunda:formRef to a Camunda Form's id");
        } else {
            formRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
                    task.getCamundaFormRefVersion());
        }
    }

    private void startForm(StartEvent start) {
        if (!Expressions.isBlank(start.getCamundaFormRef())) {
            formRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
                    start.getCamundaFormRefVersion());
        }
    }

    /** Camunda's bindings: {@code deployment} looks in the same deployment, {@code latest} and {@code version} anywhere. */
    private void formRef(String elementId, String formId, String binding, String version) {
        if (Expressions.isExpression(formId)) {
            return;
        }
        if (Expressions.isBlank(binding)) {
            // Camunda's parser requires it too; said here with the fix
            problem(elementId, "form '" + formId + "' has no camunda:formRefBinding: set \"deployment\" and deploy "
                    + "the form with the model");
            return;
        }
        String bindingName = binding;
        switch (bindingName) {
            case "deployment" -> {
                if (!formsInDeployment.contains(formId)) {
                    problem(elementId, "form '" + formId + "' is bound by deployment but is not in this deployment: "
                            + "deploy forms/" + formId + ".form with it");
                }
            }
            case "latest" -> {
                if (!formsInDeployment.contains(formId) && !environment.formDeployed(formId, null)) {
                    problem(elementId, "form '" + formId + "' does not exist: not in this deployment nor deployed");
                }
            }
            case "version" -> formVersion(elementId, formId, version);
            default -> problem(elementId, "camunda:formRefBinding '" + bindingName
                    + "' is not one of deployment, latest, version");
        }
    }

    private void formVersion(String elementId, String formId, String version) {
        if (Expressions.isExpression(version) || formsInDeployment.contains(formId)) {
            return;
        }
        Integer number;
        try {
            number = Integer.valueOf(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            problem(elementId, "camunda:formRefVersion '" + version + "' is not a version number");
            return;
        }
        if (!environment.formDeployed(formId, number)) {
            problem(elementId, "form '" + formId + "' version " + number + " is not deployed");
        }
    }

    private void timer(TimerEventDefinition timer) {
        String elementId = timer.getParentElement() instanceof BaseElement event ? event.getId() : timer.getId();
        int given = 0;
        if (timer.getTimeDate() != null) {
            given++;
            report(elementId, TimerChecks.problem(TimerChecks.Kind.DATE, timer.getTimeDate().getTextContent()));
        }
        if (timer.getTimeDuration() != null) {
            given++;
            report(elementId, TimerChecks.problem(TimerChecks.Kind.DURATION,
                    timer.getTimeDuration().getTextContent()));
        }
        if (timer.getTimeCycle() != null) {
            given++;
            report(elementId, TimerChecks.problem(TimerChecks.Kind.CYCLE, timer.getTimeCycle().getTextContent()));
        }
        if (given != 1) {
            problem(elementId, "a timer needs exactly one of timeDate, timeDuration, timeCycle (has " + given + ")");
        }
    }

    private void report(String elementId, String message) {
        if (message != null) {
            problem(elementId, message);
        }
    }

    private void problem(String elementId, String message) {
        problems.add(new SopProblem(resource, elementId, message));
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
