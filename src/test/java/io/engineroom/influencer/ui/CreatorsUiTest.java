package io.engineroom.influencer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.influencer.CampaignSummary;
import io.engineroom.influencer.CreatorSummary;
import io.engineroom.influencer.Creators;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Creators screen: a social media manager adds a creator (mistakes next to their fields, nothing saved),
 * shortlists them for a campaign and attaches its contract; a copywriter cannot open the screen, and a manager of
 * another brand is offered only their own brand and refused this one's directory.
 */
@EngineRoomIntegrationTest
class CreatorsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    Creators creators;

    UiSession session;

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    private CreatorsView open(String brandId) {
        UI.getCurrent().navigate(CreatorsView.class);
        CreatorsView view = _get(CreatorsView.class);
        view.brand.setValue(view.brand.getListDataView().getItems().filter(brand -> brand.id().equals(brandId))
                .findFirst().orElseThrow());
        return view;
    }

    @Test
    void aSocialManagerAddsACreatorShortlistsThemAndAttachesTheContract() {
        String suffix = Long.toString(System.nanoTime(), 36);
        session = UiSession.signIn(context, users, "social-manager");
        CreatorsView view = open("beanleaf");
        int before = creators.of("beanleaf").size();

        view.audienceSize.setValue("lots");
        _click(view.addCreator);
        assertThat(view.audienceSize.isInvalid()).isTrue();
        assertThat(view.audienceSize.getErrorMessage()).isEqualTo("The audience size is a whole number of followers");

        view.audienceSize.setValue("12000");
        view.handles.setValue("@lea.latte");
        view.platforms.setValue("Instagram");
        view.engagementRate.setValue(new BigDecimal("3.50"));
        _click(view.addCreator);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("A name of 1 to 200 characters is required");
        assertThat(creators.of("beanleaf")).as("nothing saved").hasSize(before);

        view.name.setValue("Lea Latte " + suffix);
        _click(view.addCreator);
        List<CreatorSummary> listed = GridKt._findAll(view.creatorGrid);
        CreatorSummary lea = listed.stream().filter(creator -> creator.name().equals("Lea Latte " + suffix))
                .findFirst().orElseThrow();
        assertThat(lea.audienceSize()).isEqualTo(12_000L);

        assertThat(view.shortlist.isEnabled()).isFalse();
        view.creatorGrid.select(lea);
        view.campaignName.setValue("Latte art week " + suffix);
        _click(view.shortlist);
        CampaignSummary campaign = GridKt._findAll(view.campaignGrid).stream()
                .filter(listedCampaign -> listedCampaign.name().equals("Latte art week " + suffix)).findFirst()
                .orElseThrow();
        assertThat(campaign.state()).isEqualTo("SHORTLISTED");
        assertThat(campaign.disclosureTag()).isEqualTo("#ad");

        view.campaignGrid.select(campaign);
        _upload(view.contractUpload, "lea-contract.pdf", "application/pdf",
                "%PDF-1.4 signed by Lea".getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._findAll(view.campaignGrid)).filteredOn(listed2 -> listed2.id() == campaign.id())
                .singleElement().extracting(CampaignSummary::contractFileName).isEqualTo("lea-contract.pdf");
        assertThat(view.contractError.getText()).isEmpty();
    }

    @Test
    void aCopywriterCannotOpenTheScreenAndAnotherBrandsManagerIsRefusedThisBrand() {
        session = UiSession.signIn(context, users, "copywriter");
        try {
            UI.getCurrent().navigate(CreatorsView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(CreatorsView.class::isInstance);
        session.close();

        String northwindOnly = TestUsers.ensure(users, brands, "sm-nw-ui-" + System.nanoTime(), Role.SOCIAL_MANAGER,
                "northwind");
        session = UiSession.signIn(context, users, northwindOnly);
        UI.getCurrent().navigate(CreatorsView.class);
        CreatorsView view = _get(CreatorsView.class);
        assertThat(view.brand.getListDataView().getItems().map(BrandSummary::id)).containsExactly("northwind");
        assertThat(_get(Button.class, spec -> spec.withId("creator-add")).isEnabled()).isTrue();
        assertThatThrownBy(() -> creators.of("beanleaf")).isInstanceOf(AccessDeniedException.class);
    }
}
