package io.engineroom.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.content.ContentMarkets;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Roles;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportingMetrics;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live dashboard: for one brand or all of mine, over the last 7 days, 30 days or quarter — SLA compliance and
 * backlog by queue, where approval work waits, pillar balance against target, and the sentiment and engagement
 * trends. Each chart has its figures beside it as a table, each KPI its dictionary entry, each figure a link to
 * the items behind it.
 */
@Route("dashboard")
@PageTitle("Dashboard · Engine Room")
@Menu(title = "Dashboard", order = 5)
@RolesAllowed({Roles.ANALYST, Roles.SOCIAL_MANAGER, Roles.EXECUTIVE, Roles.ADMIN})
public class DashboardView extends VerticalLayout {

    /** The brand picker's "All my brands": not a brand, so no brand id can equal it. */
    static final BrandSummary ALL_MY_BRANDS = new BrandSummary("", "All my brands", false);

    private final ReportingMetrics metrics;
    private final BrandService brands;
    private final Clock clock;
    private final List<BrandSummary> myBrands;
    private final DashboardSections sections;
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Select<DashboardPeriod> period = new Select<>();
    private final Div shown = new Div();
    /** The market split's source; null where the view is built without it (its section is then left out). */
    private final ContentMarkets markets;

    @Autowired
    public DashboardView(ReportingMetrics metrics, KpiDictionary dictionary, BrandService brands,
            CurrentUser currentUser, Clock clock, ContentMarkets markets) {
        this(metrics, dictionary, brands, currentUser, clock, DashboardLinks.screensIMayOpen(), markets);
    }

    /**
     * @param mayOpen whether the signed-in person may open a screen (by path): only those figures are links
     * @param markets the market split's source, or null to leave that section out
     */
    DashboardView(ReportingMetrics metrics, KpiDictionary dictionary, BrandService brands, CurrentUser currentUser,
            Clock clock, Predicate<String> mayOpen, ContentMarkets markets) {
        this.markets = markets;
        this.sections = new DashboardSections(dictionary, mayOpen);
        this.metrics = metrics;
        this.brands = brands;
        this.clock = clock;
        EngineRoomUser user = currentUser.require();
        this.myBrands = brands.find(user.brands());

        brand.setId("dashboard-brand");
        brand.setItems(choices());
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setValue(myBrands.size() == 1 ? myBrands.get(0) : ALL_MY_BRANDS);
        brand.addValueChangeListener(change -> refresh());
        period.setId("dashboard-period");
        period.setLabel("Period");
        period.setItems(DashboardPeriod.values());
        period.setItemLabelGenerator(DashboardPeriod::label);
        period.setValue(DashboardPeriod.LAST_30_DAYS);
        period.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(brand, period);
        toolbar.setAlignItems(Alignment.BASELINE);

        shown.setId("dashboard-sections");
        shown.setWidthFull();
        shown.addClassName("er-dashboard__sections");
        add(new H2("Dashboard"), toolbar, shown);
        refresh();
    }

    private List<BrandSummary> choices() {
        List<BrandSummary> choices = new ArrayList<>();
        choices.add(ALL_MY_BRANDS);
        choices.addAll(myBrands);
        return choices;
    }

    /** Reads every brand in view for the chosen period and redraws the sections. */
    void refresh() {
        shown.removeAll();
        BrandSummary chosen = brand.getValue() == null ? ALL_MY_BRANDS : brand.getValue();
        List<BrandSummary> inView = chosen == ALL_MY_BRANDS ? myBrands : List.of(chosen);
        if (inView.isEmpty()) {
            shown.add(new Paragraph("You are not a member of any brand yet."));
            return;
        }
        List<BrandFigures> figures = inView.stream().map(this::read).toList();
        boolean several = figures.size() > 1;
        shown.add(sections.slaSection(figures, several), sections.stageSection(figures, several),
                sections.pillarSection(figures, several), sections.sentimentSection(figures, several),
                sections.engagementSection(figures, several));
        shown.add(ListeningSection.of(figures.stream().map(one -> new ListeningSection.BrandListening(
                one.brandName(), metrics.listening(one.period()))).toList(), several));
        if (markets != null) {
            shown.add(MarketSplitSection.of(figures, markets, id -> brands.settings(id).timeZone()));
        }
    }

    private BrandFigures read(BrandSummary summary) {
        LocalDate today = LocalDate.now(clock.withZone(brands.settings(summary.id()).timeZone()));
        ReportPeriod reportPeriod = period.getValue().of(summary.id(), today);
        return new BrandFigures(summary, reportPeriod, metrics.sla(reportPeriod), metrics.approvalStages(reportPeriod),
                metrics.pillars(reportPeriod), metrics.trend(reportPeriod));
    }

}
