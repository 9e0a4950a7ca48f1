package io.engineroom.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.MainLayout;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandSummary;
import io.engineroom.community.CommunityCare;
import io.engineroom.community.SuperFan;
import io.engineroom.community.SurpriseRecord;
import io.engineroom.community.UgcPermissions;
import io.engineroom.community.UgcRequest;
import io.engineroom.community.UgcState;
import io.engineroom.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * Community care for a brand: its super-fans (from the inbox's positive interactions) with "Surprise and delight",
 * the surprises sent, and the requests to repost authors' posts with their answers. The inbox links here with
 * {@code ?brand=…&interaction=…} to repost an interaction. The services check role and brand on every action.
 */
@Route(value = "community", layout = MainLayout.class)
@PageTitle("Community · Engine Room")
@Menu(title = "Community", order = 25)
@RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.SOCIAL_MANAGER})
public class CommunityView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Grid<SuperFan> fans = new Grid<>();
    final Grid<SurpriseRecord> surprises = new Grid<>();
    final Grid<UgcRequest> requests = new Grid<>();
    final Button repost = new Button("Ask to repost a post");
    private final CommunityCare care;
    private final UgcPermissions permissions;

    public CommunityView(CommunityCare care, UgcPermissions permissions) {
        this.care = care;
        this.permissions = permissions;
        Paragraph about = new Paragraph("Super-fans are authors with " + care.superFanRule() + ". Surprise one "
                + "with something small (one open surprise per author); reposting someone's post first asks them, "
                + "and nothing is reposted without their yes.");
        about.addClassName("er-intro");
        brand.setId("community-brand");
        List<BrandSummary> mine = care.brands();
        brand.setItems(mine);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> refresh());

        fans.setId("super-fans");
        fans.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        fans.addColumn(SuperFan::display).setHeader("Author").setKey("author").setFlexGrow(1);
        fans.addColumn(SuperFan::authorHandle).setHeader("Handle").setKey("handle").setFlexGrow(1);
        fans.addColumn(SuperFan::positiveCount).setHeader("Positive").setKey("positive").setWidth("7rem")
                .setFlexGrow(0);
        fans.addColumn(fan -> time(fan.latestPositive())).setHeader("Latest").setKey("latest").setAutoWidth(true);
        fans.addColumn(fan -> fan.surpriseOpen() ? "open" : fan.lastSurprise() == null ? "" : fan.lastSurprise())
                .setHeader("Surprise").setKey("surprise").setFlexGrow(1);
        fans.addComponentColumn(this::fanActions).setHeader("").setKey("actions").setAutoWidth(true);
        fans.setAllRowsVisible(true);
        Span noFans = new Span("No super-fans yet for this brand.");
        noFans.setId("no-super-fans");
        noFans.addClassName("er-muted");
        fans.setEmptyStateComponent(noFans);

        surprises.setId("surprises");
        surprises.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        surprises.addColumn(SurpriseRecord::authorHandle).setHeader("Author").setKey("author");
        surprises.addColumn(surprise -> surprise.open() ? "open since " + time(surprise.startedAt())
                : surprise.whatSent()).setHeader("Sent").setKey("sent").setFlexGrow(2);
        surprises.addColumn(surprise -> surprise.open() ? "" : surprise.sentBy() + ", " + time(surprise.sentAt()))
                .setHeader("By, when").setKey("by").setAutoWidth(true);
        surprises.setAllRowsVisible(true);

        requests.setId("ugc-requests");
        requests.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.addColumn(UgcRequest::authorHandle).setHeader("Author").setKey("author");
        requests.addComponentColumn(request -> link(request.postUrl(), "post")).setHeader("Post").setKey("post");
        requests.addColumn(request -> request.state().label()).setHeader("Answer").setKey("state");
        requests.addComponentColumn(request -> link(request.answerUrl(), "answer")).setHeader("Their answer")
                .setKey("answer");
        requests.addColumn(request -> request.answeredBy() == null ? ""
                : request.answeredBy() + ", " + time(request.answeredAt())).setHeader("Recorded by")
                .setKey("recorded").setAutoWidth(true);
        requests.addColumn(request -> request.contentItemId() == null ? "" : "content item "
                + request.contentItemId()).setHeader("Planned").setKey("planned").setAutoWidth(true);
        requests.addComponentColumn(this::requestActions).setHeader("").setKey("actions").setAutoWidth(true);
        requests.setAllRowsVisible(true);

        repost.setId("community-repost");
        repost.addClickListener(click -> new RepostDialog(brand.getValue().id(), null, null, permissions,
                id -> refresh()).open());
        HorizontalLayout top = new HorizontalLayout(brand, repost);
        top.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2("Community"), about, top, new H3("Super-fans"), fans, new H3("Surprises"), surprises,
                new H3("Reposts (permission asked)"), requests);
        if (!mine.isEmpty()) {
            brand.setValue(mine.get(0));
        }
        refresh();
    }

    /** {@code ?brand=…&interaction=…} (the inbox's "Ask to repost"): opens the repost dialog for that interaction. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String brandId = parameters.getOrDefault("brand", List.of()).stream().findFirst().orElse(null);
        String interactionId = parameters.getOrDefault("interaction", List.of()).stream().findFirst().orElse(null);
        if (brandId == null || interactionId == null) {
            return;
        }
        brand.getListDataView().getItems().filter(b -> b.id().equals(brandId)).findFirst().ifPresent(brand::setValue);
        String author = parameters.getOrDefault("author", List.of()).stream().findFirst().orElse(null);
        new RepostDialog(brandId, author, interactionId, permissions, id -> refresh()).open();
    }

    private HorizontalLayout fanActions(SuperFan fan) {
        Button surprise = new Button(fan.surpriseOpen() ? "Surprise open" : "Surprise and delight");
        surprise.setId("surprise-" + fan.authorHandle());
        surprise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        surprise.setEnabled(!fan.surpriseOpen());
        surprise.addClickListener(click -> {
            try {
                care.surprise(fan.brandId(), fan.authorHandle());
                Notices.success("Surprise and delight " + fan.authorHandle() + ": the task is in My work");
            } catch (InvalidInput | AccessDeniedException refused) {
                Notices.error(refused instanceof InvalidInput invalid ? String.join("; ", invalid.problems()
                        .values()) : refused.getMessage());
            }
            refresh();
        });
        Button ask = new Button("Ask to repost", click -> new RepostDialog(fan.brandId(), fan.authorHandle(), null,
                permissions, id -> refresh()).open());
        ask.setId("repost-" + fan.authorHandle());
        ask.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(surprise, ask);
    }

    /** A yes the author takes back is recorded here; other answers have nothing to do. */
    private com.vaadin.flow.component.Component requestActions(UgcRequest request) {
        if (request.state() != UgcState.YES) {
            return new Span("");
        }
        Button withdraw = new Button("Withdrawn…", click -> new WithdrawDialog(request, permissions, this::refresh)
                .open());
        withdraw.setId("withdraw-" + request.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }

    private static com.vaadin.flow.component.Component link(String url, String text) {
        if (url == null) {
            return new Span("");
        }
        Anchor anchor = new Anchor(url, text);
        anchor.setTarget("_blank");
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    private static String time(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private void refresh() {
        boolean chosen = brand.getValue() != null;
        repost.setEnabled(chosen);
        String brandId = chosen ? brand.getValue().id() : null;
        fans.setItems(chosen ? care.superFans(brandId) : List.of());
        surprises.setItems(chosen ? care.surprises(brandId) : List.of());
        requests.setItems(chosen ? permissions.requests(brandId) : List.of());
    }
}
