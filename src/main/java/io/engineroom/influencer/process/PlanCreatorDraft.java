package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.DRAFT_KEY;

import io.engineroom.content.CalledApproval;
import io.engineroom.influencer.InfluencerCampaigns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Approve the creator's draft", on start: plans the draft as a content item of the brand and hands the call
 * activity what content-approval starts with, as variables local to the call (passed on with
 * {@code camunda:in variables="all" local="true"}, the business key {@code content:<id>} as {@code draftKey}).
 * The content item waits for an instance called from this campaign's instance only.
 */
@Component("planCreatorDraft")
class PlanCreatorDraft implements ExecutionListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    PlanCreatorDraft(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CalledApproval draft = campaigns.planDraft(campaignOf.campaign(execution), execution.getProcessInstanceId());
        execution.setVariablesLocal(draft.variables());
        DRAFT_KEY.setLocal(execution, draft.businessKey());
    }
}
