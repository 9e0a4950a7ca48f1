package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.COPY_TO_DO;
import static io.engineroom.content.ContentApprovalVariables.NEEDS_VISUAL;
import static io.engineroom.content.ContentApprovalVariables.RETURN_TO;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static io.engineroom.content.ContentApprovalVariables.VISUAL_TO_DO;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Review tasks: a rejection goes back to the producer the reviewer names (copy, visual or both), and only to
 * them. Sets {@code copyToDo} and {@code visualToDo}, which the model's "Copy to write?" and "Visual to create?"
 * gateways read. A piece without a visual always goes back to its copywriter.
 */
@Component("routeRework")
public class RouteRework implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!"reject".equals(REVIEW_DECISION.get(task))) {
            return;
        }
        // whether the piece has a visual is the brief's to say (history), not a needsVisual variable someone could
        // have rewritten since; set again here because "Visual to create?" reads it in this same command
        boolean hasVisual = PieceFacts.needsVisual(task.getExecution());
        NEEDS_VISUAL.set(task, hasVisual);
        String returnTo = RETURN_TO.get(task);
        String to = !hasVisual ? "copy" : returnTo == null ? "both" : returnTo;
        switch (to) {
            case "copy" -> route(task, true, false);
            case "visual" -> route(task, false, true);
            case "both" -> route(task, true, true);
            default -> throw new BadUserRequestException("Send it back to the copy, the visual or both, not '" + to + "'");
        }
    }

    private static void route(DelegateTask task, boolean copy, boolean visual) {
        COPY_TO_DO.set(task, copy);
        VISUAL_TO_DO.set(task, visual);
    }
}
