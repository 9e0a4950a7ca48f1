package io.engineroom.influencer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.StringToLongConverter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Roles;
import io.engineroom.influencer.CampaignSummary;
import io.engineroom.influencer.CreatorDetails;
import io.engineroom.influencer.CreatorSummary;
import io.engineroom.influencer.Creators;
import io.engineroom.influencer.InfluencerCampaigns;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The brand's directory of creators and its campaigns with them, for social media managers (and admins) of the
 * brand: add a creator, shortlist one for a campaign (which starts the influencer-engagement SOP), attach a
 * campaign's signed contract for legal. The brand chooser offers the person's own brands; the services check again.
 */
@Route("creators")
@PageTitle("Creators · Engine Room")
@Menu(title = "Creators", order = 26)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class CreatorsView extends VerticalLayout {

    /** What the add form edits, named like {@link CreatorDetails} so its problems find the fields. */
    public record Draft(String name, String handles, String platforms, Long audienceSize,
            BigDecimal engagementRate, String rates, String pastCampaigns, String notes) {
    }

    /** What the shortlist form edits, named like {@link InfluencerCampaigns#start}'s fields. */
    public record CampaignDraft(String name, String disclosureTag) {
    }

    private final Creators creators;
    private final InfluencerCampaigns campaigns;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Grid<CreatorSummary> creatorGrid = new Grid<>();
    final Grid<CampaignSummary> campaignGrid = new Grid<>();
    final TextField name = new TextField("Name");
    final TextField handles = new TextField("Handles");
    final TextField platforms = new TextField("Platforms");
    final TextField audienceSize = new TextField("Audience size (followers)");
    final BigDecimalField engagementRate = new BigDecimalField("Engagement rate (%)");
    final TextField rates = new TextField("Rates");
    final TextArea pastCampaigns = new TextArea("Past campaigns");
    final TextArea notes = new TextArea("Notes");
    final Button addCreator = new Button("Add creator");
    final TextField campaignName = new TextField("Campaign");
    final TextField disclosureTag = new TextField("Disclosure tag");
    final Button shortlist = new Button("Shortlist for the campaign");
    final Upload contractUpload = new Upload(this::receiveContract);
    final Span contractFor = new Span();
    final Span contractError = new Span();
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Binder<CampaignDraft> campaignBinder = new Binder<>(CampaignDraft.class);
    /** The campaign the upload is for, as the upload's request thread reads it (it must not touch components). */
    private volatile CampaignSummary contractCampaign;
    private Map<Long, String> creatorNames = Map.of();

    public CreatorsView(Creators creators, InfluencerCampaigns campaigns, BrandService brands,
            CurrentUser currentUser) {
        this.creators = creators;
        this.campaigns = campaigns;
        Paragraph about = new Paragraph("The creators the brand works with, and its campaigns with them. Shortlisting "
                + "a creator starts the influencer engagement SOP: vet, outreach, contract, brief, the creator's draft "
                + "through the brand's approval, the live post with its disclosure tag, payment and review.");
        about.addClassName("er-intro");
        brand.setId("creators-brand");
        List<BrandSummary> own = brands.activeAmong(currentUser.require().brands());
        brand.setItems(own);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> refresh());
        add(new H2("Creators"), about, brand, creatorGrid(), addForm(), new H3("Campaigns"), campaignGrid(),
                contractArea());
        if (own.size() == 1) {
            brand.setValue(own.get(0));
        }
    }

    private Grid<CreatorSummary> creatorGrid() {
        creatorGrid.setId("creators");
        creatorGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        creatorGrid.addColumn(CreatorSummary::name).setHeader("Name").setKey("name");
        creatorGrid.addColumn(CreatorSummary::handles).setHeader("Handles").setKey("handles");
        creatorGrid.addColumn(CreatorSummary::platforms).setHeader("Platforms").setKey("platforms");
        creatorGrid.addColumn(CreatorSummary::audienceSize).setHeader("Audience").setKey("audience");
        creatorGrid.addColumn(creator -> creator.engagementRate() + " %").setHeader("Engagement").setKey("rate");
        creatorGrid.addColumn(CreatorSummary::rates).setHeader("Rates").setKey("rates");
        creatorGrid.addColumn(CreatorSummary::pastCampaigns).setHeader("Past campaigns").setKey("past");
        creatorGrid.addColumn(CreatorSummary::notes).setHeader("Notes").setKey("notes");
        creatorGrid.setAllRowsVisible(true);
        creatorGrid.addSelectionListener(selection -> shortlist.setEnabled(selection.getFirstSelectedItem()
                .isPresent()));
        return creatorGrid;
    }

    private VerticalLayout addForm() {
        name.setId("creator-name");
        handles.setId("creator-handles");
        handles.setHelperText("Comma-separated, such as @sam, @sam.tv");
        platforms.setId("creator-platforms");
        audienceSize.setId("creator-audience");
        engagementRate.setId("creator-engagement");
        rates.setId("creator-rates");
        pastCampaigns.setId("creator-past");
        notes.setId("creator-notes");
        binder.forField(name).bind("name");
        binder.forField(handles).bind("handles");
        binder.forField(platforms).bind("platforms");
        binder.forField(audienceSize).withNullRepresentation("")
                .withConverter(new StringToLongConverter("The audience size is a whole number of followers"))
                .bind("audienceSize");
        binder.forField(engagementRate).bind("engagementRate");
        binder.forField(rates).bind("rates");
        binder.forField(pastCampaigns).bind("pastCampaigns");
        binder.forField(notes).bind("notes");
        binder.readRecord(new Draft(null, null, null, null, null, null, null, null));
        addCreator.setId("creator-add");
        addCreator.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCreator.addClickListener(click -> add());
        FormLayout form = new FormLayout(name, handles, platforms, audienceSize, engagementRate, rates, pastCampaigns,
                notes);
        campaignName.setId("campaign-name");
        disclosureTag.setId("campaign-disclosure");
        disclosureTag.setPlaceholder(InfluencerCampaigns.DEFAULT_DISCLOSURE_TAG);
        disclosureTag.setHelperText("Every post of the campaign must carry it; "
                + InfluencerCampaigns.DEFAULT_DISCLOSURE_TAG + " when left empty");
        campaignBinder.forField(campaignName).bind("name");
        campaignBinder.forField(disclosureTag).bind("disclosureTag");
        campaignBinder.readRecord(new CampaignDraft(null, null));
        shortlist.setId("campaign-shortlist");
        shortlist.setEnabled(false);
        shortlist.addClickListener(click -> shortlist());
        HorizontalLayout campaignForm = new HorizontalLayout(campaignName, disclosureTag, shortlist);
        campaignForm.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return new VerticalLayout(new H3("Add a creator"), form, addCreator,
                new H3("Shortlist the selected creator"), campaignForm);
    }

    private Grid<CampaignSummary> campaignGrid() {
        campaignGrid.setId("campaigns");
        campaignGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        campaignGrid.addColumn(CampaignSummary::name).setHeader("Campaign").setKey("name");
        campaignGrid.addColumn(campaign -> creatorNames.getOrDefault(campaign.creatorId(), ""))
                .setHeader("Creator").setKey("creator");
        campaignGrid.addColumn(CampaignSummary::state).setHeader("State").setKey("state");
        campaignGrid.addColumn(CampaignSummary::disclosureTag).setHeader("Disclosure").setKey("disclosure");
        campaignGrid.addColumn(campaign -> campaign.contractFileName() == null ? "none"
                : campaign.contractFileName()).setHeader("Contract").setKey("contract");
        campaignGrid.addColumn(campaign -> campaign.postLink() == null ? "" : campaign.postLink())
                .setHeader("Live post").setKey("post");
        campaignGrid.setAllRowsVisible(true);
        campaignGrid.addSelectionListener(selection -> {
            contractCampaign = selection.getFirstSelectedItem().orElse(null);
            contractFor.setText(contractCampaign == null ? "Select a campaign to attach its signed contract"
                    : "Signed contract for " + contractCampaign.name());
            contractUpload.setVisible(contractCampaign != null);
        });
        return campaignGrid;
    }

    private VerticalLayout contractArea() {
        contractFor.setId("contract-for");
        contractFor.setText("Select a campaign to attach its signed contract");
        contractUpload.setId("contract-upload");
        contractUpload.setMaxFiles(1);
        contractUpload.setVisible(false);
        contractError.setId("contract-error");
        contractError.addClassName("er-field-error");
        return new VerticalLayout(contractFor, contractUpload, contractError);
    }

    private void add() {
        BrandSummary chosen = brand.getValue();
        if (chosen == null) {
            Notices.error("Choose the brand first");
            return;
        }
        try {
            Draft draft = binder.writeRecord();
            creators.add(chosen.id(), new CreatorDetails(draft.name(), draft.handles(), draft.platforms(),
                    draft.audienceSize(), draft.engagementRate(), draft.rates(), draft.pastCampaigns(),
                    draft.notes()));
            binder.readRecord(new Draft(null, null, null, null, null, null, null, null));
            Notices.success("Added " + draft.name() + " to the directory");
            refresh();
        } catch (ValidationException shownAtTheFields) {
            // the binder marked the fields
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void shortlist() {
        CreatorSummary creator = creatorGrid.asSingleSelect().getValue();
        if (creator == null) {
            return;
        }
        try {
            CampaignDraft draft = campaignBinder.writeRecord();
            campaigns.start(creator.id(), draft.name(), draft.disclosureTag());
            campaignBinder.readRecord(new CampaignDraft(null, null));
            Notices.success(creator.name() + " is shortlisted: vet them in My work");
            refresh();
        } catch (ValidationException shownAtTheFields) {
            // the binder marked the fields
        } catch (InvalidInput refused) {
            FormProblems.show(campaignBinder, refused);
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    /** Runs on the upload's own request: hands the file to the service, then updates the UI under its lock. */
    private void receiveContract(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        CampaignSummary target = contractCampaign;
        if (target == null) {
            ui.access(() -> contractError.setText("Select the campaign the contract is for"));
            return;
        }
        try (InputStream data = event.getInputStream()) {
            campaigns.attachContract(target.id(), event.getFileName(), event.getContentType(), data.readAllBytes());
            ui.access(() -> {
                contractError.setText("");
                contractUpload.clearFileList();
                Notices.success("Contract attached to " + target.name() + ": legal reviews its terms next");
                refresh();
            });
        } catch (InvalidInput refused) {
            ui.access(() -> {
                contractUpload.clearFileList();
                contractError.setText(String.join("; ", refused.problems().values()));
            });
        } catch (AccessDeniedException refused) {
            ui.access(() -> contractError.setText(refused.getMessage()));
        }
    }

    private void refresh() {
        BrandSummary chosen = brand.getValue();
        if (chosen == null) {
            creatorGrid.setItems(List.of());
            campaignGrid.setItems(List.of());
            return;
        }
        List<CreatorSummary> directory = creators.of(chosen.id());
        creatorGrid.setItems(directory);
        creatorNames = directory.stream().collect(Collectors.toMap(CreatorSummary::id, CreatorSummary::name));
        campaignGrid.setItems(campaigns.of(chosen.id()));
    }
}
