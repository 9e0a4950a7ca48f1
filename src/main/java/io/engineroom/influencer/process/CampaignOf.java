package io.engineroom.influencer.process;

import io.engineroom.influencer.InfluencerCampaigns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The campaign a step acts on, from the instance's business key checked against the campaign's record. */
@Component
class CampaignOf {

    private final InfluencerCampaigns campaigns;

    CampaignOf(InfluencerCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    long campaign(DelegateExecution execution) {
        return campaigns.campaignOfInstance(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }

    long campaign(DelegateTask task) {
        return campaign(task.getExecution());
    }
}
