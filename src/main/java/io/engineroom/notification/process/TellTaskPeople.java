package io.engineroom.notification.process;

import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.TaskNotices;
import io.engineroom.workflow.SopVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Task listener {@code ${tellTaskPeople}} (event {@code create}): tells the people who may work the new task, as
 * the kind of notice its extension property {@code notice} names (for example {@code sla-breach}), and marks the task
 * as raised to them (the inbox's badge), so an SOP owner adds an escalation to any task in Camunda Modeler without
 * code. A task without the property, or with a kind Engine Room
 * does not know, is refused when it is created: a notice that silently goes nowhere is what this is here to end.
 */
@Component("tellTaskPeople")
class TellTaskPeople implements TaskListener {

    /** The extension property that names the notice's kind. */
    static final String PROPERTY = "notice";

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TaskNotices notices;

    TellTaskPeople(TaskNotices notices) {
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = property(task.getBpmnModelElementInstance(), PROPERTY).orElseThrow(() ->
                new IllegalStateException("Task " + task.getTaskDefinitionKey() + " tells its people but has no"
                        + " extension property '" + PROPERTY + "' naming the kind of notice"));
        NoticeKind kind = NoticeKind.fromCode(code).orElseThrow(() -> new IllegalStateException("Task "
                + task.getTaskDefinitionKey() + ": '" + code + "' is no kind of notice Engine Room knows"));
        String title = SopVariables.TITLE.findIfTyped(task).orElse(null);
        String subject = task.getName() + (title == null ? "" : ": " + title);
        String body = kind.label() + ". \"" + task.getName() + "\" waits for you"
                + (task.getDueDate() == null ? "" : ", due " + DUE.format(task.getDueDate().toInstant())) + ".";
        notices.escalate(task, kind, shorten(subject, 200), body);
    }

    /** The value of a Camunda extension property of a model element. */
    static Optional<String> property(BaseElement element, String name) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).filter(value -> value != null && !value.isBlank())
                .map(String::strip).findFirst();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
