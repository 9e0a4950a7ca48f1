package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.CREATOR_BRIEF;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/** Brief task, on complete: the brief for the creator goes on the campaign (and into the draft's brief). */
@Component("recordCreatorBrief")
class RecordCreatorBrief implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    RecordCreatorBrief(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.recordBrief(campaignOf.campaign(task), CREATOR_BRIEF.get(task));
    }
}
