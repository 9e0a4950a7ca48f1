package io.engineroom.inbox.process;

import io.engineroom.brand.BrandService;
import io.engineroom.inbox.InteractionProgress;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.process.StartSla.SlaSchedule;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Service task "Move the SLA clock", after "Category corrected" interrupted nothing and "Apply the SLA policy again"
 * chose the policy for the corrected category: the open Respond task goes to the new queue (a claim by someone of
 * the old queue is released when the queue changes), takes the new due date, and its 75 % reminder and breach
 * timers move to the new times, all counted from when the interaction arrived, as if it had been classified so from
 * the start. A timer that already fired stays fired (the reminder was sent, the breach is on record); one whose new
 * time has passed fires at once. The steps, the decision and the changed variables are in the instance's history.
 */
@Component("moveSla")
class MoveSla implements JavaDelegate {

    static final String REMINDER_TIMER = "SlaNearlyDue";
    static final String BREACH_TIMER = "SlaBreached";

    private final BrandService brands;
    private final InteractionProgress progress;
    private final InteractionFacts facts;

    MoveSla(BrandService brands, InteractionProgress progress, InteractionFacts facts) {
        this.brands = brands;
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String interactionId = facts.interaction(execution);
        SlaSchedule schedule = StartSla.schedule(execution, brands);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task respond = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(InteractionQueue.RESPOND_TASK).singleResult();
        if (respond == null) {
            // the boundary event lives only while Respond is open, so this is not reached; nothing to move if it is
            return;
        }
        requeue(tasks, respond, schedule.queue());
        respond.setDueDate(Date.from(schedule.due()));
        tasks.saveTask(respond);
        ManagementService jobs = execution.getProcessEngineServices().getManagementService();
        move(jobs, execution.getProcessInstanceId(), REMINDER_TIMER, schedule.reminderAt());
        move(jobs, execution.getProcessInstanceId(), BREACH_TIMER, schedule.due());
        progress.slaStarted(interactionId, schedule.due());
    }

    /**
     * Makes the queue the task's only candidate group. Camunda keeps a loaded task's identity links in a list that
     * deleting a link leaves as it was, and the inbox read model is written from that list on the task's update
     * events: the list is loaded first (so an added link joins it) and a deleted group is taken out of it too.
     */
    private static void requeue(TaskService tasks, Task respond, String queue) {
        List<IdentityLinkEntity> links = ((TaskEntity) respond).getIdentityLinks();
        boolean queued = false;
        for (IdentityLinkEntity link : List.copyOf(links)) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
                continue;
            }
            if (link.getGroupId().equals(queue)) {
                queued = true;
            } else {
                tasks.deleteCandidateGroup(respond.getId(), link.getGroupId());
                links.remove(link);
            }
        }
        if (!queued) {
            tasks.addCandidateGroup(respond.getId(), queue);
            respond.setAssignee(null);
        }
    }

    private static void move(ManagementService jobs, String processInstanceId, String timer, Instant at) {
        for (Job job : jobs.createJobQuery().processInstanceId(processInstanceId).activityId(timer).timers().list()) {
            jobs.setJobDuedate(job.getId(), Date.from(at));
        }
    }
}
