package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.CLICKS;
import static io.engineroom.influencer.InfluencerVariables.ENGAGEMENTS;
import static io.engineroom.influencer.InfluencerVariables.IMPRESSIONS;
import static io.engineroom.influencer.InfluencerVariables.REACH;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/** Performance review task, on complete: the campaign's figures go on its record, where reports read them. */
@Component("recordCampaignFigures")
class RecordCampaignFigures implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    RecordCampaignFigures(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.recordFigures(campaignOf.campaign(task), REACH.get(task), IMPRESSIONS.get(task),
                ENGAGEMENTS.get(task), CLICKS.get(task));
    }
}
