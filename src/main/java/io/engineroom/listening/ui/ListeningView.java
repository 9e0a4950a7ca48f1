package io.engineroom.listening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import io.engineroom.listening.ListeningAccess;
import io.engineroom.listening.ListeningFigures;
import io.engineroom.listening.Mention;
import io.engineroom.listening.TermKind;
import io.engineroom.listening.TrackedTerm;
import io.engineroom.listening.TrackedTerms;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a brand listens for in public conversation: its own keywords and hashtags, its competitors' keywords,
 * hashtags and accounts, the Mastodon server it reads them on, and the latest mentions found. For the brand's
 * social media managers and analysts (and admins); the brand chooser offers only their brands, and the services
 * check again.
 */
@Route("listening")
@PageTitle("Listening · Engine Room")
@Menu(title = "Listening", order = 5.5)
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.ANALYST, Roles.ADMIN})
public class ListeningView extends VerticalLayout {

    /** Latest mentions shown. */
    static final int SHOWN = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The server form, named like the service's problem. Public because Binder builds it by reflection. */
    public record ServerForm(String mastodonUrl) {
    }

    /** The new-term form, named like the service's problems. Public because Binder builds it by reflection. */
    public record TermForm(TermKind kind, String term, String competitor) {
    }

    private final TrackedTerms terms;
    private final ListeningFigures figures;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final TextField server = new TextField("Mastodon server");
    final Button saveServer = new Button("Save server");
    final Select<TermKind> kind = new Select<>();
    final TextField term = new TextField("Keyword, hashtag or account");
    final TextField competitor = new TextField("Competitor (empty: the brand itself)");
    final Button add = new Button("Track");
    final Grid<TrackedTerm> tracked = new Grid<>();
    final Grid<Mention> mentions = new Grid<>();
    private final Binder<ServerForm> serverBinder = new Binder<>(ServerForm.class);
    private final Binder<TermForm> termBinder = new Binder<>(TermForm.class);
    private final VerticalLayout body = new VerticalLayout();

    public ListeningView(ListeningAccess access, TrackedTerms terms, ListeningFigures figures) {
        this.terms = terms;
        this.figures = figures;
        Paragraph about = new Paragraph("Keywords are looked for in the Mastodon server's public timeline, hashtags"
                + " in their own timelines, competitor accounts in their own posts. Name a competitor to count a term"
                + " for them in share of voice; leave it empty for the brand's own. Mentions are read every few"
                + " minutes, each once, with the inbox's sentiment; a burst of negative ones raises a crisis signal.");
        about.addClassName("er-intro");
        brand.setId("listening-brand");
        List<BrandSummary> editable = access.editable();
        brand.setItems(editable);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> show());

        server.setId("listening-server");
        server.setPlaceholder("https://mastodon.social");
        server.setHelperText("Empty: the server of the brand's own Mastodon channel");
        server.setWidth("28rem");
        saveServer.setId("listening-server-save");
        saveServer.addClickListener(click -> saveServer());
        serverBinder.forField(server).bind("mastodonUrl");
        HorizontalLayout serverForm = new HorizontalLayout(server, saveServer);
        serverForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        kind.setId("listening-kind");
        kind.setLabel("Kind");
        kind.setItems(TermKind.values());
        kind.setItemLabelGenerator(TermKind::label);
        kind.setValue(TermKind.KEYWORD);
        term.setId("listening-term");
        competitor.setId("listening-competitor");
        add.setId("listening-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addTerm());
        termBinder.forField(kind).bind("kind");
        termBinder.forField(term).bind("term");
        termBinder.forField(competitor).bind("competitor");
        termBinder.readRecord(new TermForm(TermKind.KEYWORD, "", ""));
        HorizontalLayout termForm = new HorizontalLayout(kind, term, competitor, add);
        termForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tracked.setId("listening-terms");
        tracked.addColumn(one -> one.kind().label()).setHeader("Kind").setAutoWidth(true);
        tracked.addColumn(TrackedTerm::shown).setHeader("Term").setAutoWidth(true);
        tracked.addColumn(one -> one.own() ? "Own brand" : one.competitor()).setHeader("Counts for");
        tracked.addComponentColumn(this::removeButton).setKey("remove").setHeader("").setAutoWidth(true);
        tracked.setAllRowsVisible(true);

        mentions.setId("listening-mentions");
        mentions.addColumn(one -> WHEN.format(one.occurredAt())).setHeader("When").setAutoWidth(true);
        mentions.addColumn(one -> one.sentiment().label()).setHeader("Sentiment").setAutoWidth(true);
        mentions.addColumn(one -> one.competitor() == null ? "Own brand" : one.competitor()).setHeader("Voice")
                .setAutoWidth(true);
        mentions.addColumn(Mention::term).setHeader("Term").setAutoWidth(true);
        mentions.addColumn(Mention::author).setHeader("Author").setAutoWidth(true);
        mentions.addColumn(Mention::text).setHeader("Text").setFlexGrow(1);
        mentions.setHeight("24rem");

        body.setPadding(false);
        body.add(new H3("Where"), serverForm, new H3("What"), termForm, tracked, new H3("Latest mentions"), mentions);
        body.setVisible(false);
        add(new H2("Listening"), about, brand, body);
        if (editable.size() == 1) {
            brand.setValue(editable.get(0));
        }
    }

    private String brandId() {
        return brand.getValue() == null ? null : brand.getValue().id();
    }

    private void show() {
        String brandId = brandId();
        body.setVisible(brandId != null);
        if (brandId == null) {
            return;
        }
        serverBinder.readRecord(new ServerForm(terms.configuredServer(brandId).orElse("")));
        tracked.setItems(terms.of(brandId));
        mentions.setItems(figures.latest(brandId, SHOWN));
    }

    private void saveServer() {
        ServerForm form;
        try {
            form = serverBinder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            String saved = terms.setServer(brandId(), form.mastodonUrl()).orElse(null);
            Notices.success(saved == null ? "Listening on the brand's own Mastodon server" : "Listening on " + saved);
        } catch (InvalidInput refused) {
            FormProblems.show(serverBinder, refused);
        }
    }

    private void addTerm() {
        TermForm form;
        try {
            form = termBinder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            TrackedTerm added = terms.add(brandId(), form.kind(), form.term(), form.competitor());
            Notices.success("Tracking " + added.shown());
            termBinder.readRecord(new TermForm(form.kind(), "", form.competitor()));
            tracked.setItems(terms.of(brandId()));
        } catch (InvalidInput refused) {
            FormProblems.show(termBinder, refused);
        }
    }

    private Button removeButton(TrackedTerm one) {
        Button remove = new Button("Stop tracking");
        remove.setId("listening-remove-" + one.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            terms.remove(brandId(), one.id());
            Notices.info("No longer tracking " + one.shown());
            tracked.setItems(terms.of(brandId()));
        });
        return remove;
    }
}
