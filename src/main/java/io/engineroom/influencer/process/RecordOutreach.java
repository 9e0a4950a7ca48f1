package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.CREATOR_ANSWER;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/** Outreach task, on complete: the creator agreed or declined (nothing else); a refusal goes on record. */
@Component("recordOutreach")
class RecordOutreach implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    RecordOutreach(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        String answer = CREATOR_ANSWER.get(task);
        if (!"agreed".equals(answer) && !"declined".equals(answer)) {
            throw new BadUserRequestException("Say whether the creator agreed or declined");
        }
        if ("declined".equals(answer)) {
            campaigns.creatorDeclined(campaignOf.campaign(task));
        }
    }
}
