package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.PillarTarget;
import io.engineroom.brand.Platform;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentCalendar;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The content calendar, driven server-side with Karibu-Testing on the real application and PostgreSQL. */
@EngineRoomIntegrationTest
class CalendarUiTest {

    /** Far from the server's UTC, so a day of the calendar is visibly the brand's day. */
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    PillarService pillars;
    @Autowired
    ContentService content;
    @Autowired
    ContentCalendar calendar;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    UserDirectory users;

    String brand;
    String manager;
    String outsider;
    ChannelSummary x;
    ChannelSummary linkedin;
    List<PillarSummary> pillarList;
    UiSession session;
    /** Wednesday of next week in the brand's time zone: always in the future, one "Next" away in week view. */
    LocalDate wednesday;

    @BeforeEach
    void aBrandWithChannelsPillarsAndAPlanner() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "cal-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Calendar Test " + suffix, false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "Calendar Test " + suffix, false, false, AUCKLAND,
                Duration.ofHours(24))));
        x = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@caltest", true));
        linkedin = AsAdmin.call(() -> channels.addManual(brand, Platform.LINKEDIN, "Calendar Test", false));
        pillarList = definePillars(List.of(new PillarTarget("Education", 40, false),
                new PillarTarget("Community", 25, false), new PillarTarget("Inspiration", 20, false),
                new PillarTarget("Promotion", 15, true)));
        // the user's brands are read at sign-in: membership first, then the login in logIn()
        manager = TestUsers.ensure(users, brands, "cal-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
        outsider = TestUsers.ensure(users, brands, "cal-outsider-" + suffix, Role.SOCIAL_MANAGER, "beanleaf");
        wednesday = LocalDate.now(AUCKLAND).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusDays(2);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anItemPlannedOnADayAppearsOnThatDayAndItsSopRunsForTheBrand() {
        logIn(manager);
        showNextWeek();

        _click(_get(Button.class, spec -> spec.withId("add-" + wednesday)));
        PlanItemDialog dialog = _get(PlanItemDialog.class);
        _setValue(_get(TextField.class, spec -> spec.withId("new-title")), "Autumn savings tips");
        _setValue(select("new-objective"), "awareness");
        _setValue(_get(TextArea.class, spec -> spec.withId("new-key-message")), "Save a little every week");
        _setValue(this.<PillarSummary>select("new-pillar"), pillar("Education"));
        _setValue(channelsField(), Set.of(x, linkedin));
        _setValue(_get(TimePicker.class, spec -> spec.withId("new-time")), LocalTime.of(9, 30));
        _click(_get(Button.class, spec -> spec.withId("create-item")));

        assertThat(dialog.isOpened()).isFalse();
        CalendarItem planned = only(itemsOf(wednesday));
        assertThat(planned.title()).isEqualTo("Autumn savings tips");
        assertThat(planned.publishAt().toLocalDateTime()).isEqualTo(wednesday.atTime(9, 30));
        assertThat(planned.pillar()).isEqualTo("Education");
        assertThat(planned.channels()).containsExactlyInAnyOrder(x.label(), linkedin.label());
        Div chip = chipOn(wednesday, planned.id());
        assertThat(text(chip)).contains("09:30").contains("Autumn savings tips");
        assertThat(chip.getClassNames()).contains("in-production");

        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + planned.id()).singleResult();
        assertThat(instance.getTenantId()).isEqualTo(brand);
        assertThat(runtimeService.getVariable(instance.getId(), "publishAt"))
                .isEqualTo(Date.from(wednesday.atTime(9, 30).atZone(AUCKLAND).toInstant()));
    }

    @Test
    void aRefusedBriefShowsErrorsNextToItsFieldsKeepsWhatWasTypedAndCreatesNothing() {
        logIn(manager);
        showNextWeek();
        String longMessage = "Saving ".repeat(150); // 1050 characters, at most 1000 allowed

        _click(_get(Button.class, spec -> spec.withId("add-" + wednesday)));
        PlanItemDialog dialog = _get(PlanItemDialog.class);
        _setValue(_get(TextField.class, spec -> spec.withId("new-title")), "   ");
        _setValue(_get(TextArea.class, spec -> spec.withId("new-key-message")), longMessage);
        _setValue(this.<PillarSummary>select("new-pillar"), pillar("Promotion"));
        _setValue(channelsField(), Set.of(x));
        _click(_get(Button.class, spec -> spec.withId("create-item")));

        assertThat(dialog.isOpened()).isTrue();
        TextField title = _get(TextField.class, spec -> spec.withId("new-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("A title of 1 to 300 characters is required");
        TextArea keyMessage = _get(TextArea.class, spec -> spec.withId("new-key-message"));
        assertThat(keyMessage.isInvalid()).isTrue();
        assertThat(keyMessage.getErrorMessage()).isEqualTo("The key message allows at most 1000 characters");
        assertThat(keyMessage.getValue()).isEqualTo(longMessage);
        assertThat(this.<PillarSummary>select("new-pillar").getValue()).isEqualTo(pillar("Promotion"));
        assertThat(this.<PillarSummary>select("new-pillar").isInvalid()).isFalse();
        assertThat(channelsField().getValue()).containsExactly(x);

        assertThat(calendar.items(brand, wednesday.minusDays(30), wednesday.plusDays(30))).isEmpty();
        assertThat(calendar.unscheduled(brand)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(brand).count()).isZero();
    }

    @Test
    void reschedulingMovesTheChipAndTheSopsPublishTime() {
        long item = content.plan(brand, brief("Weekend recipe", "Community", wednesday.atTime(10, 0)));
        logIn(manager);
        showNextWeek();
        LocalDate friday = wednesday.plusDays(2);

        _click(chipOn(wednesday, item));
        ItemDialog dialog = _get(ItemDialog.class);
        DateTimePicker when = _get(DateTimePicker.class, spec -> spec.withId("reschedule-at"));
        assertThat(when.getValue()).isEqualTo(wednesday.atTime(10, 0));

        _setValue(when, LocalDate.now(AUCKLAND).minusDays(1).atTime(10, 0));
        _click(_get(Button.class, spec -> spec.withId("reschedule-save")));
        assertThat(when.isInvalid()).isTrue();
        assertThat(when.getErrorMessage()).isEqualTo("The publish time is in the past");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(when, friday.atTime(16, 15));
        _click(_get(Button.class, spec -> spec.withId("reschedule-save")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(day(wednesday), Div.class, spec -> spec.withId("item-" + item))).isEmpty();
        assertThat(text(chipOn(friday, item))).contains("16:15");
        String instanceId = content.get(item).processInstanceId();
        assertThat(runtimeService.getVariable(instanceId, "publishAt"))
                .isEqualTo(Date.from(friday.atTime(16, 15).atZone(AUCKLAND).toInstant()));
    }

    @Test
    void anItemBackInPlanningIsRedSaysWhyAndIsPlannedAgainFromItsDialog() {
        long item = content.plan(brand, brief("Missed its slot", "Community", wednesday.atTime(11, 0)));
        String firstInstance = content.get(item).processInstanceId();
        // the SOP's deadline timer, fired now instead of at the publish time
        managementService.executeJob(managementService.createJobQuery().processInstanceId(firstInstance)
                .activityId("PublishTimePassed").singleResult().getId());
        logIn(manager);
        showNextWeek();

        Div chip = chipOn(wednesday, item);
        assertThat(chip.getClassNames()).contains("back-to-planning");
        _click(chip);
        assertThat(text(_get(ItemDialog.class))).contains("Back to planning")
                .contains("passed before the piece was approved; it was waiting at: Write brief (unclaimed)");
        Button planAgain = _get(Button.class, spec -> spec.withId("reschedule-save"));
        assertThat(planAgain.getText()).isEqualTo("Plan again");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("reschedule-at")), wednesday.plusDays(1).atTime(11, 0));
        _click(planAgain);

        assertThat(chipOn(wednesday.plusDays(1), item).getClassNames()).contains("in-production");
        String secondInstance = content.get(item).processInstanceId();
        assertThat(secondInstance).isNotEqualTo(firstInstance);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(secondInstance)
                .processInstanceBusinessKey("content:" + item).count()).isEqualTo(1);
    }

    @Test
    void thePillarPanelWarnsWhenPromotionIsAboveTarget() {
        content.plan(brand, brief("How to budget", "Education", wednesday.atTime(9, 0)));
        content.plan(brand, brief("Meet the team", "Community", wednesday.plusDays(1).atTime(9, 0)));
        logIn(manager);
        showNextWeek();
        assertThat(_find(Span.class, spec -> spec.withId("promotion-warning-week"))).isEmpty();
        assertThat(text(_get(Component.class, spec -> spec.withId("balance-week"))))
                .contains("Education: 50 % of planned (1) · target 40 %");

        content.plan(brand, brief("Autumn sale", "Promotion", wednesday.plusDays(2).atTime(9, 0)));
        content.plan(brand, brief("Last chance", "Promotion", wednesday.plusDays(3).atTime(9, 0)));
        _click(_get(Button.class, spec -> spec.withId("calendar-previous")));
        _click(_get(Button.class, spec -> spec.withId("calendar-next")));

        assertThat(_get(Span.class, spec -> spec.withId("promotion-warning-week")).getText())
                .isEqualTo("Promotion above target");
        assertThat(text(_get(Component.class, spec -> spec.withId("balance-week"))))
                .contains("Promotion: 50 % of planned (2) · target 15 %");
    }

    @Test
    void theMonthViewColoursChipsByStateAndListsUnscheduledItems() {
        long approved = content.plan(brand, brief("Ready to go", "Education", wednesday.atTime(8, 0)));
        content.markApproved(approved);
        long inProduction = content.plan(brand, brief("Still writing", "Promotion", wednesday.atTime(18, 45)));
        long unscheduled = content.plan(brand, "Some day");
        logIn(manager);
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> brandBox = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        _setValue(brandBox, brandBox.getListDataView().getItems().filter(b -> b.id().equals(brand)).findFirst()
                .orElseThrow());
        if (wednesday.getMonth() != LocalDate.now(AUCKLAND).getMonth()) {
            _click(_get(Button.class, spec -> spec.withId("calendar-next")));
        }

        assertThat(chipOn(wednesday, approved).getClassNames()).contains("approved");
        assertThat(chipOn(wednesday, inProduction).getClassNames()).contains("in-production");
        assertThat(text(chipOn(wednesday, inProduction))).contains("18:45");
        Div strip = _get(Div.class, spec -> spec.withId("calendar-unscheduled"));
        assertThat(_get(strip, Div.class, spec -> spec.withId("item-" + unscheduled)).getClassNames())
                .contains("unscheduled");
        assertThat(_get(Span.class, spec -> spec.withId("promotion-warning-month")).getText())
                .isEqualTo("Promotion above target");
    }

    @Test
    void aMemberOfAnotherBrandCannotSeeThisBrandsItems() {
        long item = content.plan(brand, brief("Members only", "Education", wednesday.atTime(12, 0)));

        logIn(outsider);
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> brandBox = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        assertThat(brandBox.getListDataView().getItems().map(BrandSummary::id)).contains("beanleaf")
                .doesNotContain(brand);
        assertThat(_find(Div.class, spec -> spec.withId("item-" + item))).isEmpty();
        assertThatThrownBy(() -> calendar.items(brand, wednesday, wednesday.plusDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> content.reschedule(item, wednesday.plusDays(1).atTime(12, 0).atZone(AUCKLAND)
                .toInstant())).isInstanceOf(AccessDeniedException.class);
        assertThat(content.get(item).title()).isEqualTo("Members only");
    }

    private void logIn(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(CalendarView.class);
        _get(CalendarView.class);
    }

    @SuppressWarnings("unchecked")
    private void showNextWeek() {
        ComboBox<BrandSummary> brandBox = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        _setValue(brandBox, brandBox.getListDataView().getItems().filter(b -> b.id().equals(brand)).findFirst()
                .orElseThrow());
        RadioButtonGroup<CalendarView.Mode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("calendar-mode"));
        _setValue(mode, CalendarView.Mode.WEEK);
        _click(_get(Button.class, spec -> spec.withId("calendar-today")));
        _click(_get(Button.class, spec -> spec.withId("calendar-next")));
    }

    private List<CalendarItem> itemsOf(LocalDate day) {
        return calendar.items(brand, day, day.plusDays(1));
    }

    private static CalendarItem only(List<CalendarItem> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Div day(LocalDate day) {
        return _get(Div.class, spec -> spec.withId("day-" + day));
    }

    private static Div chipOn(LocalDate day, long item) {
        return _get(day(day), Div.class, spec -> spec.withId("item-" + item));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<ChannelSummary> channelsField() {
        return _get(CheckboxGroup.class, spec -> spec.withId("new-channels"));
    }

    private PillarSummary pillar(String name) {
        return pillarList.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private ContentBrief brief(String title, String pillarName, java.time.LocalDateTime at) {
        Instant publishAt = at.atZone(AUCKLAND).toInstant();
        return new ContentBrief(title, "engagement", null, "Key message of " + title, pillar(pillarName).id(), null,
                publishAt, Set.of(x.id()));
    }

    /** Pillars are a brand policy: set by an admin (or the brand's social media manager). */
    private List<PillarSummary> definePillars(List<PillarTarget> targets) {
        try (var admin = SignedIn.as(users, "admin")) {
            return pillars.define(brand, targets);
        }
    }
}
