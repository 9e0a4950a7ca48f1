package io.engineroom.support;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.UserDirectory;
import io.engineroom.workflow.SopChange;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Decides an SOP change's review as its reviewer would through the inbox: claims the change's review task and
 * completes it signed in to the engine as them (their groups and brands), so the four-eyes listener and the
 * activation see who decided.
 */
public final class ReviewSopChange {

    private ReviewSopChange() {
    }

    public static void approve(TaskService tasks, IdentityService identity, UserDirectory users, SopChange change,
            String reviewer) {
        decide(tasks, identity, users, change, reviewer, Map.of("reviewDecision", "approve"));
    }

    public static void decide(TaskService tasks, IdentityService identity, UserDirectory users, SopChange change,
            String reviewer, Map<String, Object> answers) {
        Task review = tasks.createTaskQuery().processInstanceId(change.reviewInstanceId()).singleResult();
        tasks.claim(review.getId(), reviewer);
        EngineRoomUser person = users.load(reviewer).orElseThrow();
        identity.setAuthentication(reviewer, List.copyOf(person.groups()), List.copyOf(person.brands()));
        try {
            tasks.complete(review.getId(), answers);
        } finally {
            identity.clearAuthentication();
        }
    }
}
