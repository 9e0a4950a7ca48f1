package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.PAYMENT_AMOUNT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import io.engineroom.influencer.InfluencerCampaigns;
import org.springframework.stereotype.Component;

/** Payment request task, on complete: the amount goes on the campaign's record. */
@Component("recordPaymentRequest")
class RecordPaymentRequest implements TaskListener {

    private final InfluencerCampaigns campaigns;
    private final CampaignOf campaignOf;

    RecordPaymentRequest(InfluencerCampaigns campaigns, CampaignOf campaignOf) {
        this.campaigns = campaigns;
        this.campaignOf = campaignOf;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.recordPaymentRequest(campaignOf.campaign(task), PAYMENT_AMOUNT.get(task));
    }
}
