package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.SLA_DUE;

import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.TaskNotices;
import io.engineroom.workflow.SopVariables;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 75 % of the first-response target is used: the queue's people of the interaction's brand (or whoever claimed it)
 * get a notice, the response shows a "Reminded" badge and comes first among the tasks due at the same time, and the
 * task says so. The priority still moves up too, for Camunda's own task list, which sorts by it. The response
 * itself stays where it is.
 */
@Component("remindQueue")
class RemindQueue implements JavaDelegate {

    static final int BUMP = 20;

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TaskService taskService;
    private final ManagementService managementService;
    private final TaskNotices notices;

    RemindQueue(TaskService taskService, ManagementService managementService, TaskNotices notices) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = SLA_DUE.get(execution);
        String title = SopVariables.TITLE.findIfTyped(execution).orElse("an interaction");
        // a native query: Camunda's task query builds its SQL from hundreds of optional clauses each time: a
        // large share of a reminder's own work when thousands fall due together (TimerLatenessBenchmark)
        for (Task respond : taskService.createNativeTaskQuery().sql("select * from "
                + managementService.getTableName(Task.class) + " where PROC_INST_ID_ = #{instance}"
                + " and TASK_DEF_KEY_ = 'Respond'").parameter("instance", execution.getProcessInstanceId()).list()) {
            taskService.setPriority(respond.getId(), Math.min(100, respond.getPriority() + BUMP));
            taskService.createComment(respond.getId(), execution.getProcessInstanceId(),
                    "75 % of the response time is used: due " + due);
            String when = due == null ? "soon" : DUE.format(due.toInstant());
            notices.remind(respond, execution.getProcessBusinessKey(), NoticeKind.SLA_REMINDER,
                    cut("Answer soon: " + title),
                    "75 % of the response time for " + title + " is used. The answer is due " + when
                            + "; after that it is a breach and goes to the social media manager.");
        }
    }

    private static String cut(String subject) {
        return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
    }
}
