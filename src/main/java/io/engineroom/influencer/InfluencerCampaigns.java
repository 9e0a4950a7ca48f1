package io.engineroom.influencer;

import static io.engineroom.influencer.InfluencerVariables.BRAND;
import static io.engineroom.influencer.InfluencerVariables.CAMPAIGN_ID;
import static io.engineroom.influencer.InfluencerVariables.CREATOR;
import static io.engineroom.influencer.InfluencerVariables.DISCLOSURE_TAG;
import static io.engineroom.influencer.InfluencerVariables.TITLE;

import io.engineroom.base.BusinessKey;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.content.CalledApproval;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.CurrentUser;
import io.engineroom.influencer.domain.Creator;
import io.engineroom.influencer.domain.CreatorRepository;
import io.engineroom.influencer.domain.InfluencerCampaign;
import io.engineroom.influencer.domain.InfluencerCampaignRepository;
import io.engineroom.workflow.LiveSops;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns with creators, each run by the influencer-engagement SOP. Social media managers of the brand start
 * them and attach contracts; the SOP's steps record their answers here, and read here what they decide on.
 * A step's refusal is a {@link BadUserRequestException}, which the task page shows next to the form.
 */
@Service
public class InfluencerCampaigns {

    public static final String SOP_KEY = "influencer-engagement";
    public static final String DEFAULT_DISCLOSURE_TAG = "#ad";
    static final Set<String> AUDIENCE_FITS = Set.of("strong", "partial", "poor");
    private static final Pattern TAG = Pattern.compile("#[\\p{L}\\p{N}_]{1,49}");
    private static final long MAX_CONTRACT_BYTES = 10L * 1024 * 1024;

    private final InfluencerCampaignRepository campaigns;
    private final CreatorRepository creators;
    private final InfluencerAccess access;
    private final LiveSops liveSops;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final Clock clock;

    InfluencerCampaigns(InfluencerCampaignRepository campaigns, CreatorRepository creators, InfluencerAccess access,
            LiveSops liveSops, ContentService content, CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.creators = creators;
        this.access = access;
        this.liveSops = liveSops;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Shortlists a creator for a campaign and starts its SOP; returns the campaign's id. The disclosure tag every
     * post of the campaign must carry is {@value #DEFAULT_DISCLOSURE_TAG} unless the manager names another.
     */
    @Transactional
    public long start(long creatorId, String name, String disclosureTag) {
        Creator creator = creators.findById(creatorId)
                .orElseThrow(() -> new NotFound("creator", "No creator " + creatorId));
        String by = access.require(creator.getBrandId()).id();
        String tag = disclosureTag == null || disclosureTag.isBlank() ? DEFAULT_DISCLOSURE_TAG : disclosureTag.trim();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new InvalidInput("name", "A campaign name of 1 to 200 characters is required");
        }
        if (!TAG.matcher(tag).matches()) {
            throw new InvalidInput("disclosureTag", "The disclosure tag is one hashtag, such as #ad");
        }
        InfluencerCampaign campaign = campaigns.saveAndFlush(new InfluencerCampaign(creator.getBrandId(), creatorId,
                name.trim(), tag, by, clock.instant()));
        VariableMap variables = Variables.createVariables();
        BRAND.put(variables, campaign.getBrandId());
        TITLE.put(variables, campaign.getName() + ": " + creator.getName());
        CAMPAIGN_ID.put(variables, campaign.getId());
        CREATOR.put(variables, creator.getName() + " (" + creator.getHandles() + ")");
        DISCLOSURE_TAG.put(variables, tag);
        campaign.startedAs(liveSops.start(SOP_KEY, campaign.getBrandId(), campaign.businessKey(), variables).getId());
        return campaign.getId();
    }

    /** The brand's campaigns, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> of(String brandId) {
        access.require(brandId);
        return campaigns.findByBrandIdOrderByStartedAtDesc(brandId).stream().map(InfluencerCampaigns::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignSummary get(long campaignId) {
        InfluencerCampaign campaign = find(campaignId);
        access.require(campaign.getBrandId());
        return summary(campaign);
    }

    /**
     * Puts the signed contract on file (a later upload replaces it; the SOP's history keeps who reviewed what).
     * Legal reviews its terms in the SOP's next step.
     */
    @Transactional
    public void attachContract(long campaignId, String fileName, String contentType, byte[] data) {
        InfluencerCampaign campaign = find(campaignId);
        String by = access.require(campaign.getBrandId()).id();
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidInput("contract", "The contract file needs a name of at most 255 characters");
        }
        if (data == null || data.length == 0 || data.length > MAX_CONTRACT_BYTES) {
            throw new InvalidInput("contract", "The contract file must hold 1 byte to 10 MB");
        }
        if (campaign.getState() != InfluencerCampaign.State.SHORTLISTED
                && campaign.getState() != InfluencerCampaign.State.CONTRACTING) {
            throw new InvalidInput("contract", "The campaign is past contracting: its contract can no longer change");
        }
        campaign.contract(fileName.trim(), contentType == null ? "application/octet-stream" : contentType, data, by);
    }

    /** The contract on file, for the people of the brand who may see it (legal reviews it from the task). */
    @Transactional(readOnly = true)
    public ContractFile contract(long campaignId) {
        InfluencerCampaign campaign = find(campaignId);
        var user = currentUser.require();
        if (!user.belongsTo(campaign.getBrandId())) {
            throw new AccessDeniedException("Not a member of brand '" + campaign.getBrandId() + "'");
        }
        if (campaign.getContractData() == null) {
            throw new NotFound("contract", "No contract on file for this campaign");
        }
        return new ContractFile(campaign.getContractFileName(), campaign.getContractType(),
                campaign.getContractData().clone());
    }

    /**
     * The reviewed campaigns' figures in a period, for the brand's reports. A signed-in person must belong to the
     * brand; the reporting SOP's own runs have no one signed in.
     */
    @Transactional(readOnly = true)
    public List<CampaignFigures> figures(String brandId, Instant from, Instant to) {
        currentUser.find().filter(user -> !user.belongsTo(brandId)).ifPresent(user -> {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        });
        return campaigns.findByBrandIdAndReviewedAtBetweenOrderByReviewedAtAsc(brandId, from, to).stream()
                .map(campaign -> new CampaignFigures(campaign.getId(), campaign.getName(),
                        creators.findById(campaign.getCreatorId()).map(Creator::getName).orElse("?"),
                        campaign.getPaymentAmount(), campaign.getReach(), campaign.getImpressions(),
                        campaign.getEngagements(), campaign.getClicks(), campaign.getPostLink(),
                        campaign.getReviewedAt()))
                .toList();
    }

    // --- the SOP's steps: the engine has checked the task's queue and brand; these check the answers ---

    /**
     * The campaign an influencer-engagement instance acts on: named by its business key ({@code campaign:42}) and
     * only if the campaign says it is run by this very instance, never a {@code campaignId} variable.
     */
    @Transactional(readOnly = true)
    public long campaignOfInstance(String processInstanceId, String businessKey) {
        long id = BusinessKey.numericId(businessKey, "campaign", processInstanceId);
        InfluencerCampaign campaign = find(id);
        if (!processInstanceId.equals(campaign.getProcessInstanceId())) {
            throw new IllegalStateException("Campaign " + id + " is not run by instance " + processInstanceId);
        }
        return id;
    }

    /** The vet task's answers, on record for creator-vetting.dmn. */
    @Transactional
    public void recordVet(long campaignId, String audienceFit, Integer brandSafetyFlags) {
        if (audienceFit == null || !AUDIENCE_FITS.contains(audienceFit)) {
            throw new BadUserRequestException("Say how well the creator's audience fits: strong, partial or poor");
        }
        if (brandSafetyFlags == null || brandSafetyFlags < 0 || brandSafetyFlags > 100) {
            throw new BadUserRequestException("Count the brand-safety flags found, 0 when there are none");
        }
        find(campaignId).vetted(audienceFit, brandSafetyFlags);
    }

    /** What the vetting decision weighs, from the records: the vet's answers and the creator's engagement rate. */
    @Transactional(readOnly = true)
    public VetFacts vetFacts(long campaignId) {
        InfluencerCampaign campaign = find(campaignId);
        Creator creator = creators.findById(campaign.getCreatorId()).orElseThrow();
        if (campaign.getAudienceFit() == null) {
            throw new IllegalStateException("Campaign " + campaignId + " has not been vetted");
        }
        return new VetFacts(campaign.getAudienceFit(), campaign.getBrandSafetyFlags(),
                creator.getEngagementRate().doubleValue());
    }

    /** A failed vet is closed with its reason on record: without one it is refused. */
    @Transactional
    public void closeFailedVet(long campaignId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadUserRequestException("A failed vet needs a reason: say why the creator is not engaged");
        }
        if (reason.length() > 2000) {
            throw new BadUserRequestException("The reason allows at most 2000 characters");
        }
        find(campaignId).vetFailed(reason.trim());
    }

    @Transactional
    public void creatorDeclined(long campaignId) {
        find(campaignId).declined();
    }

    /** Legal reviews a contract only once it is on file. */
    @Transactional(readOnly = true)
    public void requireContract(long campaignId) {
        if (find(campaignId).getContractData() == null) {
            throw new BadUserRequestException("Attach the signed contract file to the campaign on the Creators "
                    + "screen first: legal reviews its terms");
        }
    }

    @Transactional
    public void recordBrief(long campaignId, String brief) {
        if (brief == null || brief.isBlank() || brief.length() > 2000) {
            throw new BadUserRequestException("The brief for the creator needs 1 to 2000 characters");
        }
        find(campaignId).briefed(brief.trim());
    }

    /**
     * Plans the creator's draft as a content item of the brand, whose approval the calling instance runs as
     * content-approval (the brand's own approval, legal included: a creator's post is paid promotion).
     */
    @Transactional
    public CalledApproval planDraft(long campaignId, String callerInstanceId) {
        InfluencerCampaign campaign = find(campaignId);
        Creator creator = creators.findById(campaign.getCreatorId()).orElseThrow();
        String title = "Creator draft: " + campaign.getName() + " (" + creator.getName() + ")";
        CalledApproval draft = content.planForCall(campaign.getBrandId(), new ContentBrief(
                title.length() > 300 ? title.substring(0, 300) : title, "awareness", null, campaign.getBriefText(),
                null, campaign.getName(), null, Set.of()), callerInstanceId);
        campaign.draftPlanned(draft.contentItemId());
        Map<String, Object> variables = new HashMap<>(draft.variables());
        variables.put("paidPromotion", true);
        return new CalledApproval(draft.contentItemId(), draft.businessKey(), variables);
    }

    /**
     * The creator's live post: it must carry the campaign's disclosure tag (as a tag of its own, any case) and its
     * link must be a web address; both go on record.
     */
    @Transactional
    public void recordLivePost(long campaignId, String postText, String postLink) {
        InfluencerCampaign campaign = find(campaignId);
        if (postText == null || postText.isBlank() || postText.length() > 5000) {
            throw new BadUserRequestException("Paste the creator's post as published (1 to 5000 characters)");
        }
        if (!carriesTag(postText, campaign.getDisclosureTag())) {
            throw new BadUserRequestException("The creator's post lacks the disclosure tag "
                    + campaign.getDisclosureTag() + ": ask the creator to add it before the post counts");
        }
        if (!isWebLink(postLink)) {
            throw new BadUserRequestException("The live post's link must be a web address (https://...)");
        }
        campaign.live(postText.trim(), postLink.trim());
    }

    static boolean carriesTag(String text, String tag) {
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = tag.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(wanted);
        while (at >= 0) {
            int end = at + wanted.length();
            if (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)) && lower.charAt(end) != '_') {
                return true;
            }
            at = lower.indexOf(wanted, at + 1);
        }
        return false;
    }

    private static boolean isWebLink(String link) {
        if (link == null || link.isBlank() || link.length() > 1000) {
            return false;
        }
        try {
            URI uri = URI.create(link.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Transactional
    public void recordPaymentRequest(long campaignId, Long amount) {
        if (amount == null || amount <= 0) {
            throw new BadUserRequestException("The payment is an amount above 0");
        }
        find(campaignId).paymentRequested(BigDecimal.valueOf(amount));
    }

    @Transactional
    public void paymentApproved(long campaignId) {
        find(campaignId).paymentApproved();
    }

    /** The performance review's figures, on record for the reports. */
    @Transactional
    public void recordFigures(long campaignId, Long reach, Long impressions, Long engagements, Long clicks) {
        for (Long figure : new Long[] {reach, impressions, engagements, clicks}) {
            if (figure == null || figure < 0) {
                throw new BadUserRequestException("Reach, impressions, engagements and clicks are counts, 0 or more");
            }
        }
        find(campaignId).reviewed(reach, impressions, engagements, clicks, clock.instant());
    }

    private InfluencerCampaign find(long campaignId) {
        return campaigns.findById(campaignId)
                .orElseThrow(() -> new NotFound("campaign", "No influencer campaign " + campaignId));
    }

    private static CampaignSummary summary(InfluencerCampaign campaign) {
        return new CampaignSummary(campaign.getId(), campaign.getBrandId(), campaign.getCreatorId(),
                campaign.getName(), campaign.getState().name(), campaign.getDisclosureTag(),
                campaign.getContractFileName(), campaign.getContentItemId(), campaign.getPostLink(),
                campaign.getPaymentAmount());
    }
}
