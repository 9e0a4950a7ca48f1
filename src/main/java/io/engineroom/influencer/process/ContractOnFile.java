package io.engineroom.influencer.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/** Contract task, on complete: refused until the contract file is attached to the campaign. */
@Component("contractOnFile")
class ContractOnFile implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    ContractOnFile(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.requireContract(campaignOf.campaign(task));
    }
}
