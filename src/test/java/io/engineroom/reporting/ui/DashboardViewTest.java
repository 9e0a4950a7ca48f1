package io.engineroom.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.listening.ListeningReport;
import io.engineroom.listening.SentimentDay;
import io.engineroom.listening.VoiceShare;
import io.engineroom.reporting.KpiDefinition;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.ReportFigures.DailyTrend;
import io.engineroom.reporting.ReportFigures.PillarFigures;
import io.engineroom.reporting.ReportFigures.QueueSla;
import io.engineroom.reporting.ReportFigures.StageCycle;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportingMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's layout and links over plain Mockito stand-ins: no Spring, a Karibu UI without routes. */
class DashboardViewTest {

    /** 23:30 UTC on Nov 20 is already Nov 21 in Auckland: the brand's day decides the period. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
    static final BrandSummary BEANLEAF = new BrandSummary("beanleaf", "Beanleaf", false);
    static final BrandSummary NORTHWIND = new BrandSummary("northwind", "Northwind", false);

    ReportingMetrics metrics = mock(ReportingMetrics.class);
    KpiDictionary dictionary = mock(KpiDictionary.class);
    BrandService brands = mock(BrandService.class);
    CurrentUser currentUser = mock(CurrentUser.class);
    DashboardView view;

    @BeforeEach
    void twoBrandsWithFigures() {
        MockVaadin.setup();
        when(currentUser.require()).thenReturn(new EngineRoomUser("ana", "Ana", Set.of("analyst"),
                Set.of("beanleaf", "northwind")));
        when(brands.find(any(java.util.Collection.class))).thenReturn(List.of(BEANLEAF, NORTHWIND));
        when(brands.settings("beanleaf")).thenReturn(settings(BEANLEAF, ZoneId.of("Pacific/Auckland")));
        when(brands.settings("northwind")).thenReturn(settings(NORTHWIND, ZoneId.of("UTC")));
        when(dictionary.get(anyString())).thenAnswer(call -> new KpiDefinition(call.getArgument(0),
                "KPI " + call.getArgument(0), "formula of " + call.getArgument(0), "source", "why", "count", true));
        LocalDate day = LocalDate.of(2026, 11, 20);
        when(metrics.sla(of("beanleaf"))).thenReturn(List.of(
                new QueueSla("COMPLAINT", 10, 8, 6, 75.0, 42.0, 2, 1)));
        when(metrics.sla(of("northwind"))).thenReturn(List.of(
                new QueueSla("COMPLAINT", 4, 4, 4, 100.0, 10.0, 0, 0)));
        when(metrics.approvalStages(of("beanleaf"))).thenReturn(List.of(
                new StageCycle("WriteCopy", "Write copy", 4, 5.5, 9.0, 1)));
        when(metrics.pillars(of("beanleaf"))).thenReturn(List.of(
                new PillarFigures(1, "Education", 3, 60.0, 40.0, 120)));
        when(metrics.trend(of("beanleaf"))).thenReturn(List.of(new DailyTrend(day, 1000, 50, 2, 5, 3)));
        when(metrics.trend(of("northwind"))).thenReturn(List.of(new DailyTrend(day, 200, 10, 4, 0, 2)));
        when(metrics.listening(of("beanleaf"))).thenReturn(new ListeningReport(List.of(
                new VoiceShare(VoiceShare.OWN, true, 3, 0.75, 1, 1, 1),
                new VoiceShare("Rival Roasters", false, 1, 0.25, 0, 0, 1)),
                List.of(new SentimentDay(day, 1, 1, 1))));
        when(metrics.listening(of("northwind"))).thenReturn(new ListeningReport(List.of(
                new VoiceShare(VoiceShare.OWN, true, 0, null, 0, 0, 0)), List.of(new SentimentDay(day, 0, 0, 0))));
    }

    @Test
    void listeningShowsEachBrandsShareOfVoiceSideBySideAndSumsTheOwnMentionsPerDay() {
        open();

        assertThat(rows("listening-figures")).containsExactly(
                List.of("Beanleaf", "Own brand", "3", "75.0", "1", "1", "1"),
                List.of("Beanleaf", "Rival Roasters", "1", "25.0", "0", "0", "1"),
                List.of("Northwind", "Own brand", "0", "–", "0", "0", "0"));
        assertThat(rows("listening-sentiment-figures")).containsExactly(List.of("2026-11-20", "1", "1", "1"));
        assertThat(_get(view, ChartFigure.class, spec -> spec.withId("listening-share-chart")).svg())
                .contains("Share of voice", "Rival Roasters");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void allMyBrandsShowsEachBrandsQueuesSideBySideAndSumsTheTrends() {
        open();

        assertThat(view.brand.getValue()).isEqualTo(DashboardView.ALL_MY_BRANDS);
        assertThat(rows("sla-figures")).containsExactly(
                List.of("Beanleaf", "COMPLAINT", "10", "75.0", "42.0", "2", "1"),
                List.of("Northwind", "COMPLAINT", "4", "100.0", "10.0", "0", "0"));
        assertThat(text(_get(view, Component.class, spec -> spec.withId("section-sla"))))
                .contains("Side by side per brand.");
        assertThat(rows("sentiment-figures")).containsExactly(List.of("2026-11-20", "6", "5", "5"));
        assertThat(text(_get(view, Component.class, spec -> spec.withId("section-sentiment"))))
                .contains("Summed over your brands.");
        assertThat(_get(view, ChartFigure.class, spec -> spec.withId("sla-chart")).svg())
                .contains("Beanleaf", "Northwind", "Answered within SLA (%)");
    }

    @Test
    void everyFigureLinksToTheItemsBehindIt() {
        open();
        _setValue(view.brand, BEANLEAF);

        assertThat(hrefs("sla-figures")).containsOnly("inbox?brand=beanleaf&category=COMPLAINT");
        assertThat(hrefs("stage-figures")).containsOnly("?brand=beanleaf&sop=content-approval");
        assertThat(hrefs("pillar-figures")).containsOnly("calendar?brand=beanleaf");
        assertThat(hrefs("sentiment-figures")).containsExactly("inbox?brand=beanleaf&sentiment=NEGATIVE",
                "inbox?brand=beanleaf&sentiment=NEUTRAL", "inbox?brand=beanleaf&sentiment=POSITIVE");
        assertThat(hrefs("engagement-figures")).containsOnly("calendar?brand=beanleaf");
        assertThat(rows("sla-figures")).containsExactly(
                List.of("COMPLAINT", "10", "75.0", "42.0", "2", "1"));
    }

    @Test
    void eachKpiFigureCarriesItsDictionaryEntry() {
        open();

        List<KpiLabel> labels = _find(_get(view, FigureTable.class, spec -> spec.withId("sla-figures")),
                KpiLabel.class);
        assertThat(labels).extracting(label -> label.definition().key())
                .containsExactly("interactions_received", "sla_compliance", "first_response_minutes");
        assertThat(labels.get(1).detailsText()).contains("KPI sla_compliance", "Formula: formula of sla_compliance",
                "Source: source", "Why it matters: why");
    }

    @Test
    void thePeriodIsTheBrandsOwnDaysEndingToday() {
        open();
        _setValue(view.period, DashboardPeriod.LAST_7_DAYS);

        // Auckland is already on Nov 21; UTC still on Nov 20
        verify(metrics).sla(new ReportPeriod("beanleaf", io.engineroom.reporting.Cadence.WEEKLY,
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22)));
        verify(metrics).sla(new ReportPeriod("northwind", io.engineroom.reporting.Cadence.WEEKLY,
                LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 21)));
    }

    @Test
    void aTableWithoutFiguresSaysSo() {
        open();
        _setValue(view.brand, NORTHWIND);

        FigureTable stages = _get(view, FigureTable.class, spec -> spec.withId("stage-figures"));
        assertThat(stages.getBody().getRows()).isEmpty();
        assertThat(text(stages)).contains("No figures in this period");
        assertThat(text(_get(view, FigureTable.class, spec -> spec.withId("sla-figures"))))
                .doesNotContain("No figures in this period");
    }

    @Test
    void aFigureWhoseScreenIMayNotOpenIsNoLink() {
        open(screen -> !screen.equals("inbox"));
        _setValue(view.brand, BEANLEAF);

        assertThat(hrefs("sla-figures")).isEmpty();
        assertThat(hrefs("sentiment-figures")).isEmpty();
        assertThat(rows("sla-figures")).containsExactly(
                List.of("COMPLAINT", "10", "75.0", "42.0", "2", "1"));
        assertThat(hrefs("pillar-figures")).containsOnly("calendar?brand=beanleaf");
    }

    private void open() {
        open(screen -> true);
    }

    private void open(java.util.function.Predicate<String> mayOpen) {
        view = new DashboardView(metrics, dictionary, brands, currentUser, CLOCK, mayOpen, null);
        UI.getCurrent().add(view);
    }

    private static ReportPeriod of(String brandId) {
        return argThat(period -> period != null && period.brandId().equals(brandId));
    }

    private static BrandSettings settings(BrandSummary brand, ZoneId zone) {
        return new BrandSettings(brand.id(), brand.name(), false, false, zone, Duration.ofHours(24));
    }

    private List<List<String>> rows(String tableId) {
        FigureTable table = _get(view, FigureTable.class, spec -> spec.withId(tableId));
        return table.getBody().getRows().stream()
                .map(row -> row.getChildren().map(DashboardViewTest::text).toList()).toList();
    }

    private List<String> hrefs(String tableId) {
        return _find(_get(view, FigureTable.class, spec -> spec.withId(tableId)), Anchor.class).stream()
                .map(Anchor::getHref).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

}
