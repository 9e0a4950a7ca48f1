package io.engineroom.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Roles;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.ConversationThreads;
import io.engineroom.inbox.InteractionCorrections;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.InteractionResponses;
import io.engineroom.inbox.InteractionState;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.inbox.QueueFilter;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.RowResult;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.workflow.CappedCount;
import io.engineroom.workflow.ui.Countdown;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The interaction inbox: what waits for a response in my brands and queues, soonest SLA due first with live
 * countdowns (red once overdue), filtered by brand, channel, sentiment, category and state in the database, a page
 * at a time as the grid scrolls, with "1,000+" instead of an exact count. A row opens its author's
 * thread beside the list; ticked rows can be assigned or marked as spam together, with a report of what failed.
 */
@Route("inbox")
@PageTitle("Inbox · Engine Room")
@Menu(title = "Inbox", order = 2)
@RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.SUPPORT, Roles.SOCIAL_MANAGER, Roles.ADMIN})
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    private final InteractionQueue queue;
    private final InteractionResponses responses;
    private final Clock clock;
    private final Map<String, String> brandNames;
    private final ComboBox<BrandSummary> brandFilter = new ComboBox<>("Brand");
    private final ComboBox<ChannelSummary> channelFilter = new ComboBox<>("Channel");
    private final ComboBox<Sentiment> sentimentFilter = new ComboBox<>("Sentiment");
    private final ComboBox<Category> categoryFilter = new ComboBox<>("Category");
    private final ComboBox<InteractionState> stateFilter = new ComboBox<>("State");
    final Grid<QueueEntry> grid = new Grid<>();
    final ComboBox<String> assignTo = new ComboBox<>("Assign to…");
    final Div bulkReport = new Div();
    /** How many wait under the filters, "1,000+" past a thousand: counted up to 1,001 only. */
    final Span size = new Span();
    final ThreadPanel thread;

    public InboxView(InteractionQueue queue, InteractionResponses responses, ConversationThreads threads,
            ResponseTemplates templates, InteractionCorrections corrections, SimilarInteractions similar,
            BrandService brands, ChannelService channels, CurrentUser currentUser, Clock clock, VoiceGuides voiceGuides,
            VoiceCheck voiceCheck) {
        this.queue = queue;
        this.clock = clock;
        this.responses = responses;
        EngineRoomUser user = currentUser.require();
        List<BrandSummary> myBrands = brands.find(user.brands());
        this.brandNames = myBrands.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        List<ChannelSummary> myChannels = myBrands.stream().flatMap(brand -> channels.of(brand.id()).stream())
                .toList();
        this.thread = new ThreadPanel(threads, templates, corrections, responses, similar, voiceGuides, voiceCheck,
                this::refresh);
        setSizeFull();

        filter(brandFilter, "brand-filter", myBrands, BrandSummary::name);
        filter(channelFilter, "channel-filter", myChannels,
                channel -> brandNames.getOrDefault(channel.brandId(), channel.brandId()) + " · " + channel.label());
        filter(sentimentFilter, "sentiment-filter", List.of(Sentiment.values()), Sentiment::name);
        filter(categoryFilter, "category-filter", List.of(Category.values()), Category::name);
        filter(stateFilter, "state-filter", List.of(InteractionState.values()), InteractionState::name);
        brandFilter.addValueChangeListener(change -> channelFilter.setItems(change.getValue() == null ? myChannels
                : myChannels.stream().filter(channel -> channel.brandId().equals(change.getValue().id())).toList()));

        configureGrid();
        size.setId("queue-size");
        HorizontalLayout filters = new HorizontalLayout(brandFilter, channelFilter, sentimentFilter, categoryFilter,
                stateFilter, size);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        VerticalLayout list = new VerticalLayout(filters, bulkActions(), grid);
        list.setPadding(false);
        list.setSizeFull();
        list.expand(grid);
        thread.setWidth("30rem");
        thread.addClassName("er-inbox__thread");
        HorizontalLayout body = new HorizontalLayout(list, thread);
        body.setSizeFull();
        body.expand(list);
        add(new H2("Inbox"), body);
        expand(body);
        refresh();
    }

    private <T> void filter(ComboBox<T> box, String id, List<T> items, Function<T, String> label) {
        box.setId(id);
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.setId("interaction-queue");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(entry -> Countdown.withReminder(entry.due(), entry.remindedAt(),
                clock.instant())).setHeader("Due").setKey("due")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.interaction().channelLabel()).setHeader("Channel").setKey("channel")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.interaction().authorHandle()).setHeader("Author").setKey("author")
                .setWidth("9rem").setFlexGrow(0);
        // plain text on one line; the cell's own overflow ends it with an ellipsis, the tooltip shows it all
        grid.addColumn(entry -> oneLine(entry.interaction().text())).setHeader("Text").setKey("text").setFlexGrow(1)
                .setTooltipGenerator(entry -> entry.interaction().text());
        grid.addColumn(entry -> entry.interaction().sentiment()).setHeader("Sentiment").setKey("sentiment")
                .setWidth("7rem").setFlexGrow(0);
        // an unclassified one names its language: the reason a person, not the model, has to read it
        grid.addColumn(entry -> entry.interaction().categoryText()).setHeader("Category").setKey("category")
                .setTooltipGenerator(entry -> entry.interaction().categoryText()).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.interaction().state()).setHeader("State").setKey("state").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.assignee() == null ? "" : entry.assignee()).setHeader("Claimed by")
                .setKey("assignee").setWidth("8rem").setFlexGrow(0);
        // pages as the grid scrolls, filtered in the database before paging, without an exact count
        grid.setItems(query -> queue.page(queueFilter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> thread.show(click.getItem()));
        grid.addSelectionListener(selection -> offerAssignees(selection.getAllSelectedItems()));
    }

    private HorizontalLayout bulkActions() {
        assignTo.setId("assign-to");
        assignTo.setEnabled(false);
        Button assign = new Button("Assign", click -> bulk(selected -> responses.assign(selected,
                assignTo.getValue()), "assigned to " + assignTo.getValue()));
        assign.setId("bulk-assign");
        Button spam = new Button("Mark as spam", click -> bulk(responses::markSpam, "marked as spam"));
        spam.setId("bulk-spam");
        bulkReport.setId("bulk-report");
        HorizontalLayout actions = new HorizontalLayout(assignTo, assign, spam, bulkReport);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    /** The people every ticked row may go to. */
    private void offerAssignees(Set<QueueEntry> selected) {
        Set<String> common = null;
        for (QueueEntry entry : selected) {
            Set<String> mayTake = new LinkedHashSet<>(responses.assignees(entry.taskId()));
            if (common == null) {
                common = mayTake;
            } else {
                common.retainAll(mayTake);
            }
        }
        assignTo.setItems(common == null ? List.of() : new ArrayList<>(common));
        assignTo.setEnabled(common != null && !common.isEmpty());
    }

    private void bulk(Function<List<String>, List<RowResult>> action, String done) {
        List<QueueEntry> selected = new ArrayList<>(grid.getSelectedItems());
        bulkReport.removeAll();
        if (selected.isEmpty()) {
            bulkReport.add(new Paragraph("Tick the rows first"));
            return;
        }
        Map<String, QueueEntry> byTask = selected.stream()
                .collect(Collectors.toMap(QueueEntry::taskId, Function.identity()));
        List<RowResult> results = action.apply(selected.stream().map(QueueEntry::taskId).toList());
        long ok = results.stream().filter(RowResult::done).count();
        bulkReport.add(new Paragraph(ok + " of " + results.size() + " " + done));
        for (RowResult failed : results.stream().filter(result -> !result.done()).toList()) {
            Paragraph line = new Paragraph();
            line.addClassName("bulk-failure");
            line.addClassName("er-inbox__failure");
            QueueEntry entry = byTask.get(failed.taskId());
            line.setText(entry.interaction().authorHandle() + ": " + oneLine(entry.interaction().text()) + " — "
                    + failed.problem());
            bulkReport.add(line);
        }
        refresh();
    }

    void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        size.setText(CappedCount.label(queue.countUpTo(queueFilter(), CappedCount.QUERY_CAP),
                "interaction waiting", "interactions waiting"));
    }

    private QueueFilter queueFilter() {
        return new QueueFilter(brandFilter.getValue() == null ? null : brandFilter.getValue().id(),
                channelFilter.getValue() == null ? null : channelFilter.getValue().id(),
                sentimentFilter.getValue(), categoryFilter.getValue(), stateFilter.getValue());
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /**
     * A link such as the dashboard's ({@code ?brand=&category=&sentiment=}) opens with those filters set; the SLA
     * queues of the reports are the categories.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("brand").flatMap(id -> brandFilter.getListDataView().getItems()
                .filter(brand -> brand.id().equals(id)).findFirst()).ifPresent(brandFilter::setValue);
        query.getSingleParameter("category").flatMap(name -> Arrays.stream(Category.values())
                .filter(category -> category.name().equals(name)).findFirst()).ifPresent(categoryFilter::setValue);
        query.getSingleParameter("sentiment").flatMap(name -> Arrays.stream(Sentiment.values())
                .filter(sentiment -> sentiment.name().equals(name)).findFirst()).ifPresent(sentimentFilter::setValue);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Countdown.startTicker(attachEvent.getUI());
    }
}
