package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.AUDIENCE_FIT;
import static io.engineroom.influencer.InfluencerVariables.BRAND_SAFETY_FLAGS;
import static io.engineroom.influencer.InfluencerVariables.ENGAGEMENT_RATE;

import io.engineroom.influencer.InfluencerCampaigns;
import io.engineroom.influencer.VetFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Decide the vet", on start: sets what creator-vetting.dmn weighs from the records (the vet's answers on the
 * campaign, the creator's engagement rate in the directory), over whatever the variables held: anyone who may work
 * a task could have rewritten them.
 */
@Component("vettingFacts")
class VettingFacts implements ExecutionListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    VettingFacts(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateExecution execution) {
        VetFacts facts = campaigns.vetFacts(campaignOf.campaign(execution));
        AUDIENCE_FIT.set(execution, facts.audienceFit());
        BRAND_SAFETY_FLAGS.set(execution, facts.brandSafetyFlags());
        ENGAGEMENT_RATE.set(execution, facts.engagementRate());
    }
}
