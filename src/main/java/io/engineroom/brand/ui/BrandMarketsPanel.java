package io.engineroom.brand.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.Market;
import io.engineroom.brand.MarketService;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A brand's markets (where its content can also go out, translated): the list, and a form that adds a market or
 * changes the one with the typed code. Saved on its own, not with the brand form; a refusal keeps what was typed and
 * shows each problem (an unknown language or time zone) next to its field.
 */
class BrandMarketsPanel extends Composite<VerticalLayout> {

    /**
     * What the form holds, named as {@link Market}'s fields so the service's refusals land next to them; public
     * because Binder builds it by reflection.
     */
    public record MarketFields(String code, String language, String timeZone, String region, boolean regulated,
            String reviewers) {
    }

    private final MarketService markets;
    final Grid<Market> grid = new Grid<>(Market.class, false);
    final TextField code = new TextField("Code");
    final TextField language = new TextField("Language");
    final TextField timeZone = new TextField("Time zone");
    final TextField region = new TextField("Region");
    final Checkbox regulated = new Checkbox("Regulated (a local reviewer checks every translation)");
    final TextField reviewers = new TextField("Local reviewers");
    final Button save = new Button("Save market");
    final Button remove = new Button("Remove market");
    private final Binder<MarketFields> binder = new Binder<>(MarketFields.class);
    private String brandId;

    BrandMarketsPanel(MarketService markets) {
        this.markets = markets;
        grid.setId("brand-markets");
        grid.addColumn(Market::code).setHeader("Code").setKey("code").setAutoWidth(true);
        grid.addColumn(Market::language).setHeader("Language").setAutoWidth(true);
        grid.addColumn(Market::timeZone).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(Market::region).setHeader("Region").setAutoWidth(true);
        grid.addColumn(market -> market.regulated() ? "regulated" : "").setHeader("Local review");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                Market market = selected.getValue();
                binder.readRecord(new MarketFields(market.code(), market.language(), market.timeZone(),
                        market.region(), market.regulated(), String.join(", ", market.reviewers())));
            }
        });
        code.setId("market-code");
        code.setPlaceholder("de-CH");
        language.setId("market-language");
        language.setPlaceholder("de");
        language.setHelperText("ISO 639 code");
        timeZone.setId("market-time-zone");
        timeZone.setPlaceholder("Europe/Zurich");
        region.setId("market-region");
        regulated.setId("market-regulated");
        reviewers.setId("market-reviewers");
        reviewers.setHelperText("User ids, comma-separated; empty: any brand reviewer of the brand");
        save.setId("market-save");
        save.addClickListener(click -> save());
        remove.setId("market-remove");
        remove.addClickListener(click -> remove());
        binder.forField(code).bind("code");
        binder.forField(language).bind("language");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(region).bind("region");
        binder.forField(regulated).bind("regulated");
        binder.forField(reviewers).bind("reviewers");
        FormLayout form = new FormLayout(code, language, timeZone, region, regulated, reviewers);
        getContent().setPadding(false);
        getContent().add(new H4("Markets"), new Paragraph("Each content item can target some of these; it is "
                + "translated for each."), grid, form, new HorizontalLayout(save, remove));
    }

    /** Shows the brand's markets, or nothing for a brand not saved yet (null). */
    void show(String brandId) {
        this.brandId = brandId;
        setVisible(brandId != null);
        if (brandId != null) {
            refresh();
            boolean editable = markets.mayEdit(brandId);
            save.setEnabled(editable);
            remove.setEnabled(editable);
        }
    }

    private void refresh() {
        grid.setItems(markets.of(brandId));
        binder.readRecord(new MarketFields("", "", "", "", false, ""));
    }

    private void save() {
        MarketFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException shownAtTheFields) {
            return;
        }
        List<String> reviewerIds = fields.reviewers() == null ? List.of() : Arrays.stream(fields.reviewers()
                .split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        try {
            Market saved = markets.save(new Market(brandId, trim(fields.code()), fields.language(),
                    fields.timeZone(), fields.region(), fields.regulated(), reviewerIds));
            Notices.success("Saved market " + saved.label());
            refresh();
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void remove() {
        Market selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            Notices.error("Choose the market to remove in the list");
            return;
        }
        try {
            markets.remove(brandId, selected.code());
            Notices.success("Removed market " + selected.code());
            refresh();
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
