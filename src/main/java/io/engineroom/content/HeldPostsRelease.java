package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;
import static io.engineroom.content.ContentApprovalVariables.RELEASE_CHOICE;

import io.engineroom.publishing.PublishingReleased;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a brand's publishing freeze is released, the content items held by it move on, oldest publish time
 * first: published, or sent back to review, as the person who released chose. After the release has
 * committed, each item in its own transaction, so one failing item neither undoes the release nor the others.
 * The event publication registry keeps the release until this has run through: if an item fails, the release is
 * heard again on the next start, and moves on the items still held then (those moved before wait no more).
 */
@Component
class HeldPostsRelease {

    static final String RELEASED = "publishing-released";

    private final RuntimeService runtimeService;
    private final TransactionTemplate eachInItsOwnTransaction;

    HeldPostsRelease(RuntimeService runtimeService, PlatformTransactionManager transactionManager) {
        this.runtimeService = runtimeService;
        // not the listener's own transaction: one item failing must not roll back the items released before it
        this.eachInItsOwnTransaction = new TransactionTemplate(transactionManager);
        this.eachInItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(PublishingReleased released) {
        List<Execution> held = runtimeService.createExecutionQuery().messageEventSubscriptionName(RELEASED)
                // the brand is the instance's tenant, fixed at its start; a "brand" variable could be rewritten
                .tenantIdIn(released.brandId()).list();
        held.stream()
                .sorted(Comparator.comparing(execution -> publishAt(execution.getProcessInstanceId())))
                .forEach(execution -> eachInItsOwnTransaction.executeWithoutResult(status -> runtimeService
                        .createMessageCorrelation(RELEASED)
                        .processInstanceId(execution.getProcessInstanceId())
                        .setVariables(RELEASE_CHOICE.put(Variables.createVariables(), released.choice().name()))
                        .correlate()));
    }

    private Date publishAt(String processInstanceId) {
        // a publish time that is not a date sorts first, as none does: the release must not stop at one odd value
        return PUBLISH_AT.findIfTyped(runtimeService, processInstanceId).orElse(new Date(0));
    }
}
