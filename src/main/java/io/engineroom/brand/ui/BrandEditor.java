package io.engineroom.brand.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandDetails;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.MarketService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates, edits, adopts, archives and unarchives one brand: the form, the brand's main channels, and the buttons.
 * Each save is one service call (one transaction); a refusal keeps everything typed and shows each problem next to
 * its field. Archiving asks first, saying what it does.
 */
class BrandEditor extends Composite<VerticalLayout> {

    /** What saving does: create a brand, change one, or create the record of a tenant made elsewhere. */
    enum Mode { NEW, EDIT, ADOPT }

    private final BrandService brands;
    private final Runnable changed;
    final H3 title = new H3();
    final BrandForm form = new BrandForm();
    private final BrandChannelsPanel mainChannels;
    final BrandMarketsPanel markets;
    final Button save = new Button("Save");
    final Button archive = new Button("Archive…");
    final Button unarchive = new Button("Unarchive…");
    final Button cancel = new Button("Close");
    final Span status = new Span();
    private Mode mode = Mode.NEW;
    private String brandName;

    BrandEditor(BrandService brands, ChannelService channels, MarketService markets, Runnable changed) {
        this.brands = brands;
        this.changed = changed;
        this.mainChannels = new BrandChannelsPanel(channels);
        this.markets = new BrandMarketsPanel(markets);
        title.setId("brand-form-title");
        save.setId("brand-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        archive.setId("brand-archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(click -> confirm(true));
        unarchive.setId("brand-unarchive");
        unarchive.addClickListener(click -> confirm(false));
        cancel.setId("brand-cancel");
        cancel.addClickListener(click -> setVisible(false));
        status.setId("brand-status");
        getContent().setPadding(false);
        getContent().add(title, status, form, mainChannels, new HorizontalLayout(save, archive, unarchive, cancel),
                this.markets);
        setVisible(false);
    }

    void startNew() {
        open(Mode.NEW, BrandDetails.defaults("", ""), "New brand", false);
    }

    void edit(String id) {
        BrandDetails details = brands.details(id);
        boolean archived = brands.isArchived(id);
        open(Mode.EDIT, details, details.name() + (archived ? " (archived)" : ""), archived);
    }

    void adopt(String tenantId, String tenantName) {
        BrandDetails defaults = BrandDetails.defaults(tenantId, tenantName == null ? tenantId : tenantName);
        open(Mode.ADOPT, defaults, "Adopt tenant " + tenantId, false);
    }

    private void open(Mode to, BrandDetails details, String heading, boolean archived) {
        mode = to;
        brandName = details.name();
        title.setText(heading);
        status.setText(archived ? "Archived: its records and history stay; it takes no new work and its timers "
                + "create none." : "");
        form.show(details, to == Mode.NEW);
        mainChannels.show(to == Mode.EDIT ? details.id() : null);
        markets.show(to == Mode.EDIT ? details.id() : null);
        archive.setVisible(to == Mode.EDIT && !archived);
        unarchive.setVisible(to == Mode.EDIT && archived);
        setVisible(true);
    }

    private void save() {
        form.read().ifPresent(details -> {
            try {
                switch (mode) {
                    case NEW -> brands.create(details);
                    case EDIT -> brands.edit(details);
                    case ADOPT -> brands.adopt(details);
                }
                Notices.success(switch (mode) {
                    case NEW -> "Created " + details.name().trim() + " and its tenant";
                    case EDIT -> "Saved " + details.name().trim();
                    case ADOPT -> "Adopted " + details.id() + " as " + details.name().trim();
                });
                changed.run();
                edit(details.id());
            } catch (InvalidInput refused) {
                form.show(refused);
            } catch (AccessDeniedException refused) {
                Notices.error(refused.getMessage());
            }
        });
    }

    private void confirm(boolean toArchive) {
        String id = form.id.getValue();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(toArchive ? "brand-archive-confirm" : "brand-unarchive-confirm");
        dialog.setHeader((toArchive ? "Archive " : "Unarchive ") + brandName + "?");
        dialog.setText(toArchive ? "Its content, interactions, reports and history stay, and its people keep "
                + "reading them. It is hidden where new work is started, and its timers (reports, channel health, "
                + "Mastodon mentions) and channels create no new work. You can unarchive it later."
                : "It takes new work again: its timers and channels start creating work.");
        dialog.setCancelable(true);
        dialog.setConfirmText(toArchive ? "Archive" : "Unarchive");
        if (toArchive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirmed -> {
            try {
                if (toArchive) {
                    brands.archive(id);
                } else {
                    brands.unarchive(id);
                }
                Notices.success(brandName + (toArchive ? " is archived" : " is active again"));
                changed.run();
                edit(id);
            } catch (AccessDeniedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        dialog.open();
    }
}
