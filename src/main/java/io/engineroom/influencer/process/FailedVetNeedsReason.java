package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.VET_FAILURE_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/** Failed vet task, on complete: refused without a reason; the reason goes on the campaign's record. */
@Component("failedVetNeedsReason")
class FailedVetNeedsReason implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    FailedVetNeedsReason(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.closeFailedVet(campaignOf.campaign(task), VET_FAILURE_REASON.get(task));
    }
}
