package io.engineroom.workflow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.workflow.CappedCount;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.SopOption;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My work": the tasks assigned to me and the tasks my groups may claim, in my brands, soonest due first.
 * Pages are fetched from the inbox read model as the grid scrolls, with no exact count: beside the filters, how many
 * tasks there are up to a thousand, "1,000+" past it (cheap at 100 000 open tasks, see {@link CappedCount}).
 */
@Route("")
@PageTitle("My work · Engine Room")
@Menu(title = "My work", order = 0)
@PermitAll
public class MyWorkView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("MMM d, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TaskInbox inbox;
    private final Clock clock;
    private final String me;
    private final Map<String, String> brandNames;
    private final ComboBox<BrandSummary> brandFilter = new ComboBox<>("Brand");
    private final ComboBox<SopOption> sopFilter = new ComboBox<>("SOP");
    final Grid<InboxEntry> grid = new Grid<>();
    /** How many tasks the filters leave, "1,000+" past a thousand. */
    final Span size = new Span();

    public MyWorkView(TaskInbox inbox, BrandService brands, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        EngineRoomUser user = currentUser.require();
        this.me = user.id();
        var myBrands = brands.find(user.brands());
        this.brandNames = myBrands.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        setSizeFull();

        brandFilter.setItems(myBrands);
        brandFilter.setItemLabelGenerator(BrandSummary::name);
        brandFilter.setClearButtonVisible(true);
        brandFilter.setId("brand-filter");
        sopFilter.setItems(inbox.sops());
        sopFilter.setItemLabelGenerator(SopOption::name);
        sopFilter.setClearButtonVisible(true);
        sopFilter.setId("sop-filter");
        brandFilter.addValueChangeListener(change -> refresh());
        sopFilter.addValueChangeListener(change -> refresh());

        configureGrid();
        size.setId("inbox-size");
        HorizontalLayout filters = new HorizontalLayout(brandFilter, sopFilter, size);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("My work"), filters, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the work and, under it, the step it is at: one column, so the row fits beside the navigation.
        // Widths in rem, not em: header and body cells have different font sizes.
        grid.addColumn(LitRenderer.<InboxEntry>of("""
                <div>${item.title}</div>
                <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">${item.task}</div>""")
                .withProperty("title", InboxEntry::title).withProperty("task", InboxEntry::taskName))
                .setHeader("Work · task").setKey("title").setFlexGrow(1).setWidth("10rem");
        grid.addColumn(entry -> brandNames.getOrDefault(entry.brandId(), entry.brandId())).setHeader("Brand")
                .setKey("brand").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(InboxEntry::sopName).setHeader("SOP").setKey("sop").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(entry -> CREATED.format(entry.created())).setHeader("Created").setKey("created")
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(entry -> Countdown.withReminder(entry.due(), entry.remindedAt(), clock.instant())).setHeader("Due").setKey("due")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(InboxEntry::priority).setHeader("Priority").setKey("priority").setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("10rem").setFlexGrow(0);
        // pages as the grid scrolls, without asking for an exact count (its size is found at the last page);
        // the figure beside the filters is counted up to 1,001 only
        grid.setItems(query -> inbox.page(filter(), query.getOffset(), query.getLimit()).stream());
        showSize();
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
    }

    private HorizontalLayout actions(InboxEntry entry) {
        HorizontalLayout actions = new HorizontalLayout();
        if (entry.assignee() == null) {
            actions.add(small("Claim", entry, inbox::claim));
        } else if (me.equals(entry.assignee())) {
            actions.add(small("Unclaim", entry, inbox::unclaim));
        }
        Button open = new Button("Open", click -> open(entry));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private Button small(String label, InboxEntry entry, java.util.function.Consumer<String> action) {
        Button button = new Button(label, click -> {
            try {
                action.accept(entry.taskId());
            } catch (TaskActionException refused) {
                Notices.error(refused.getMessage());
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showSize();
    }

    private void showSize() {
        size.setText(CappedCount.label(inbox.countUpTo(filter(), CappedCount.QUERY_CAP), "task", "tasks"));
    }

    private void open(InboxEntry entry) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, TaskView.parameters(entry.taskId())));
    }

    private InboxFilter filter() {
        return new InboxFilter(value(brandFilter, BrandSummary::id), value(sopFilter, SopOption::key));
    }

    private static <T> String value(ComboBox<T> box, Function<T, String> id) {
        return box.getValue() == null ? null : id.apply(box.getValue());
    }

    /** A link such as the dashboard's ({@code ?brand=&sop=}) opens with those filters set. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("brand").flatMap(id -> brandFilter.getListDataView().getItems()
                .filter(brand -> brand.id().equals(id)).findFirst()).ifPresent(brandFilter::setValue);
        query.getSingleParameter("sop").flatMap(key -> sopFilter.getListDataView().getItems()
                .filter(sop -> sop.key().equals(key)).findFirst()).ifPresent(sopFilter::setValue);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Countdown.startTicker(attachEvent.getUI());
    }
}
