package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasErrorParameter;
import io.engineroom.brand.BrandDetails;
import io.engineroom.brand.BrandListing;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.BusinessHours;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.content.ui.CalendarView;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Brands screen: an admin creates a brand (its tenant with it) and edits it; bad input shows next to its field
 * and writes nothing; a social manager can neither open the screen nor call the service; archiving (confirmed)
 * hides the brand from a chooser of new work and stops reporting-cadence's timer from starting its reports; a
 * tenant made in Camunda Admin is listed and adopted. Every brand here is the test's own.
 */
@EngineRoomIntegrationTest
class BrandsUiTest {

    /** Monday 3 March 2031, 09:00 in Berlin: the weekly report is due. */
    static final Instant MONDAY_NINE_IN_BERLIN = Instant.parse("2031-03-03T08:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    JdbcTemplate jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    UiSession session;

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAdminCreatesABrandWithItsTenantAndEditsIt() {
        String id = "ui-" + suffix;
        openAsAdmin();
        _click(button("brand-new"));
        _setValue(_get(TextField.class, spec -> spec.withId("brand-id")), id);
        _setValue(_get(TextField.class, spec -> spec.withId("brand-name")), "UI Brand " + suffix);
        timeZone().setValue(ZoneId.of("Europe/Berlin"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("brand-lead-time")), 48);
        _setValue(_get(Checkbox.class, spec -> spec.withId("brand-regulated")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("brand-retention")), "400");
        _setValue(_get(Checkbox.class, spec -> spec.withId("brand-hours-saturday-open")), true);
        _setValue(_get(TimePicker.class, spec -> spec.withId("brand-hours-saturday-opens")), LocalTime.of(10, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("brand-hours-saturday-closes")), LocalTime.of(14, 0));
        _setValue(_get(TextArea.class, spec -> spec.withId("brand-holidays")), "2031-12-24\n2031-12-25");
        _click(button("brand-save"));

        BrandDetails saved = brands.details(id);
        assertThat(saved.name()).isEqualTo("UI Brand " + suffix);
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(saved.approvalLeadTime()).isEqualTo(Duration.ofHours(48));
        assertThat(saved.regulated()).isTrue();
        assertThat(saved.historyRetentionDays()).isEqualTo(400);
        assertThat(saved.hours()).containsEntry(DayOfWeek.SATURDAY,
                new BusinessHours.OpeningHours(LocalTime.of(10, 0), LocalTime.of(14, 0))).hasSize(6);
        assertThat(saved.holidays()).containsExactlyInAnyOrder(LocalDate.of(2031, 12, 24), LocalDate.of(2031, 12, 25));
        assertThat(identityService.createTenantQuery().tenantId(id).singleResult().getName())
                .isEqualTo("UI Brand " + suffix);
        assertThat(gridItems()).extracting(BrandListing::id).contains(id);
        assertThat(_get(TextField.class, spec -> spec.withId("brand-id")).isReadOnly()).as("the id stays").isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("brand-name")), "UI Brand renamed " + suffix);
        _setValue(_get(Checkbox.class, spec -> spec.withId("brand-hours-saturday-open")), false);
        _click(button("brand-save"));

        assertThat(brands.details(id).name()).isEqualTo("UI Brand renamed " + suffix);
        assertThat(brands.details(id).hours()).doesNotContainKey(DayOfWeek.SATURDAY);
        assertThat(identityService.createTenantQuery().tenantId(id).singleResult().getName())
                .as("the tenant follows").isEqualTo("UI Brand renamed " + suffix);
    }

    @Test
    void badInputShowsNextToItsFieldAndWritesNothing() {
        long brandsBefore = count("brand");
        long tenantsBefore = count("act_id_tenant");
        openAsAdmin();
        _click(button("brand-new"));
        TextField id = _get(TextField.class, spec -> spec.withId("brand-id"));
        IntegerField lead = _get(IntegerField.class, spec -> spec.withId("brand-lead-time"));
        _setValue(id, "Not An Id!");
        _setValue(_get(TextField.class, spec -> spec.withId("brand-name")), "Bad " + suffix);
        _setValue(lead, 2000);
        _click(button("brand-save"));

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).startsWith("A brand id is 2 to 63 lower-case letters");
        assertThat(lead.isInvalid()).isTrue();
        assertThat(lead.getErrorMessage()).startsWith("The approval lead time is whole hours, 0 to 720");

        _setValue(id, "beanleaf");
        _setValue(lead, 24);
        _click(button("brand-save"));

        assertThat(id.getErrorMessage()).isEqualTo("Brand 'beanleaf' exists already");
        assertThat(lead.isInvalid()).isFalse();

        _setValue(id, "bad-" + suffix);
        _setValue(_get(Checkbox.class, spec -> spec.withId("brand-hours-monday-open")), true);
        _setValue(_get(TimePicker.class, spec -> spec.withId("brand-hours-monday-closes")), LocalTime.of(8, 0));
        _click(button("brand-save"));

        assertThat(_get(WeekHoursField.class, spec -> spec.withId("brand-hours")).getErrorMessage())
                .isEqualTo("Monday: closing must come after opening");
        assertThat(count("brand")).isEqualTo(brandsBefore);
        assertThat(count("act_id_tenant")).isEqualTo(tenantsBefore);
    }

    @Test
    void aSocialManagerCannotOpenTheScreenNorCallTheService() {
        session = UiSession.signIn(context, users, "social-manager");
        try {
            UI.getCurrent().navigate(BrandsView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(BrandsView.class::isInstance);

        String id = "sm-" + suffix;
        assertThatThrownBy(() -> brands.create(BrandDetails.defaults(id, "Not mine"))).isInstanceOf(
                AccessDeniedException.class);
        assertThatThrownBy(() -> brands.edit(BrandDetails.defaults("beanleaf", "Taken over")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> brands.archive("beanleaf")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> brands.overview()).isInstanceOf(AccessDeniedException.class);
        assertThat(brands.find(id)).isEmpty();
        assertThat(brands.isArchived("beanleaf")).isFalse();
    }

    @Test
    void archivingHidesTheBrandFromNewWorkAndStopsItsTimerStartedReportsUntilUnarchived() {
        String id = "arc-" + suffix;
        BrandDetails defaults = BrandDetails.defaults(id, "Archive UI " + suffix);
        AsAdmin.run(() -> brands.create(new BrandDetails(id, defaults.name(), ZoneId.of("Europe/Berlin"), false,
                false, Duration.ofHours(24), null, defaults.hours(), defaults.holidays())));
        AsAdmin.run(() -> channels.addManual(id, Platform.INSTAGRAM, "@" + id, true));
        String planner = TestUsers.ensure(users, brands, "planner-" + suffix, Role.SOCIAL_MANAGER, id, "beanleaf");

        openAsAdmin();
        Grid<BrandListing> grid = grid();
        GridKt._clickItem(grid, gridItems().indexOf(gridItems().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow()));
        _click(button("brand-archive"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("brand-archive-confirm")));

        assertThat(brands.isArchived(id)).isTrue();
        assertThat(gridItems()).filteredOn(b -> b.id().equals(id)).singleElement()
                .satisfies(b -> assertThat(BrandsView.state(b)).startsWith("Archived ").endsWith(" by admin"));
        assertThat(button("brand-unarchive").isVisible()).isTrue();
        assertThat(reportsStartedByTheHourlyTimerAt(id, MONDAY_NINE_IN_BERLIN)).as("archived: no report").isZero();
        session.close();

        session = UiSession.signIn(context, users, planner);
        UI.getCurrent().navigate(CalendarView.class);
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> chooser = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        assertThat(chooser.getListDataView().getItems().map(BrandSummary::id).toList()).contains("beanleaf")
                .doesNotContain(id);
        session.close();

        openAsAdmin();
        GridKt._clickItem(grid(), gridItems().indexOf(gridItems().stream().filter(b -> b.id().equals(id))
                .findFirst().orElseThrow()));
        _click(button("brand-unarchive"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("brand-unarchive-confirm")));

        assertThat(brands.isArchived(id)).isFalse();
        assertThat(reportsStartedByTheHourlyTimerAt(id, MONDAY_NINE_IN_BERLIN.plus(Duration.ofMinutes(30))))
                .as("active again").isOne();
    }

    @Test
    void aTenantMadeInCamundaAdminIsListedAndAdoptedAsABrand() {
        String id = "ten" + suffix.replace("-", "");
        var tenant = identityService.newTenant(id);
        tenant.setName("Made elsewhere");
        identityService.saveTenant(tenant);
        assertThat(brands.find(id)).as("not a brand yet").isEmpty();
        // a member of the tenant (as Camunda Admin would make one) opens the brand screens: the tenant is ignored
        String member = TestUsers.ensure(users, brands, "member-" + suffix, Role.SOCIAL_MANAGER, "beanleaf");
        identityService.createTenantUserMembership(id, member);
        session = UiSession.signIn(context, users, member);
        for (String screen : List.of("", "inbox", "dashboard", "incidents", "calendar")) {
            UI.getCurrent().navigate(screen);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(screen)
                    .noneMatch(HasErrorParameter.class::isInstance);
        }
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> chooser = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        assertThat(chooser.getListDataView().getItems().map(BrandSummary::id).toList()).containsExactly("beanleaf");
        session.close();

        openAsAdmin();
        _click(button("brand-adopt-" + id));
        assertThat(_get(TextField.class, spec -> spec.withId("brand-id")).getValue()).isEqualTo(id);
        _setValue(_get(TextField.class, spec -> spec.withId("brand-name")), "Adopted " + suffix);
        _click(button("brand-save"));

        assertThat(brands.find(id)).hasValueSatisfying(brand -> assertThat(brand.name())
                .isEqualTo("Adopted " + suffix));
        assertThat(brands.tenantsWithoutBrand()).extracting(t -> t.id()).doesNotContain(id);
        assertThat(identityService.createTenantQuery().tenantId(id).singleResult().getName())
                .isEqualTo("Adopted " + suffix);
    }

    private void openAsAdmin() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(BrandsView.class);
    }

    private Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ZoneId> timeZone() {
        return _get(ComboBox.class, spec -> spec.withId("brand-time-zone"));
    }

    @SuppressWarnings("unchecked")
    private Grid<BrandListing> grid() {
        return _get(Grid.class, spec -> spec.withId("brand-grid"));
    }

    private List<BrandListing> gridItems() {
        return grid().getListDataView().getItems().toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Fires reporting-cadence's hourly timer start at the given engine time; the brand's weekly reports since. */
    private long reportsStartedByTheHourlyTimerAt(String brand, Instant then) {
        Long max = jdbc.queryForObject("select max(id) from report", Long.class);
        long before = max == null ? 0 : max;
        engineConfiguration.getJobExecutor().shutdown();
        try {
            ClockUtil.setCurrentTime(Date.from(then));
            managementService.executeJob(managementService.createJobQuery().processDefinitionKey("reporting-cadence")
                    .activityId("EveryHour").singleResult().getId());
            return jdbc.queryForObject("select count(*) from report where brand_id = ? and cadence = 'WEEKLY'",
                    Long.class, brand);
        } finally {
            // the round started every active brand's due reports: the others are none of this test's business
            jdbc.queryForList("select id from report where id > ? and brand_id <> ?", Long.class, before, brand)
                    .forEach(report -> runtimeService.createProcessInstanceQuery()
                            .processInstanceBusinessKey("report:" + report).list().forEach(instance ->
                                    runtimeService.deleteProcessInstance(instance.getId(), "test over")));
            ClockUtil.reset();
            engineConfiguration.getJobExecutor().start();
        }
    }
}
