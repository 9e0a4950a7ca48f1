package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.AUDIENCE_FIT;
import static io.engineroom.influencer.InfluencerVariables.BRAND_SAFETY_FLAGS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/**
 * Vet task, on complete: the audience fit and brand-safety flags go on the campaign's record, where
 * creator-vetting.dmn's facts are read from.
 */
@Component("recordVet")
class RecordVet implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    RecordVet(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.recordVet(campaignOf.campaign(task), AUDIENCE_FIT.get(task), BRAND_SAFETY_FLAGS.get(task));
    }
}
