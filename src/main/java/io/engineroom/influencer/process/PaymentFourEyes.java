package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.PAYMENT_COMMENT;
import static io.engineroom.influencer.InfluencerVariables.PAYMENT_DECISION;

import io.engineroom.influencer.InfluencerCampaigns;
import io.engineroom.workflow.Acting;
import io.engineroom.workflow.WorkHistory;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Approve the payment": nobody approves a payment they requested. The requester is whoever completed "Request
 * payment", as Camunda's history records it, checked when the task is claimed and when it is completed. On
 * completion the decision is required, a refusal needs a reason, and an approval goes on the campaign's record.
 */
@Component("paymentFourEyes")
class PaymentFourEyes implements TaskListener {

    static final String REQUEST_PAYMENT = "RequestPayment";

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    PaymentFourEyes(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean claiming = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
        String approver = claiming ? task.getAssignee() : Acting.completer(task);
        List<String> requesters = WorkHistory.completers(task.getProcessEngineServices().getHistoryService(),
                task.getProcessInstanceId(), REQUEST_PAYMENT);
        if (approver != null && requesters.contains(approver)) {
            throw new AuthorizationException(approver + " requested this payment; someone else must approve it");
        }
        if (claiming) {
            return;
        }
        String decision = PAYMENT_DECISION.get(task);
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new BadUserRequestException("The payment needs a decision: approve or reject");
        }
        String comment = PAYMENT_COMMENT.get(task);
        if ("reject".equals(decision) && (comment == null || comment.isBlank())) {
            throw new BadUserRequestException("A refused payment needs a reason");
        }
        if ("approve".equals(decision)) {
            campaigns.paymentApproved(campaignOf.campaign(task));
        }
    }
}
