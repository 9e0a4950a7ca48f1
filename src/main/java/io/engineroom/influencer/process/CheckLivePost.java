package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.POST_LINK;
import static io.engineroom.influencer.InfluencerVariables.POST_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/**
 * Live-post task, on complete: the post must carry the campaign's disclosure tag (read from its record, not the
 * form); text and link go on record.
 */
@Component("checkLivePost")
class CheckLivePost implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    CheckLivePost(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.recordLivePost(campaignOf.campaign(task), POST_TEXT.get(task), POST_LINK.get(task));
    }
}
