package io.engineroom.support;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.UserDirectory;
import io.engineroom.workflow.SopChange;
import java.util.Map;
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

    public static void approve(TaskService tasks, EngineIdentity engine, UserDirectory users, SopChange change,
            String reviewer) {
        decide(tasks, engine, users, change, reviewer, Map.of("reviewDecision", "approve"));
    }

    public static void decide(TaskService tasks, EngineIdentity engine, UserDirectory users, SopChange change,
            String reviewer, Map<String, Object> answers) {
        Task review = tasks.createTaskQuery().processInstanceId(change.reviewInstanceId()).singleResult();
        tasks.claim(review.getId(), reviewer);
        try (EngineIdentity.Scope signedIn = engine.enter(users.load(reviewer).orElseThrow())) {
            tasks.complete(review.getId(), answers);
        }
    }
}
