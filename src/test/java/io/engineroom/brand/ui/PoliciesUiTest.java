package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.PillarTarget;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.SlaTarget;
import io.engineroom.inbox.SlaTargets;
import io.engineroom.inbox.SpikeDetector;
import io.engineroom.inbox.SpikeSettings;
import io.engineroom.inbox.TemplateSummary;
import io.engineroom.reporting.KpiTargets;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The Brand policies screen on its own test brand: each tab saves on its own, a refusal lands next to its field with
 * nothing written, every save is recorded as an AdminChange, and a social media manager of another brand neither
 * sees the brand in the chooser nor gets past the services.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class PoliciesUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    PillarService pillars;
    @Autowired
    ResponseTemplates templates;
    @Autowired
    KpiTargets kpiTargets;
    @Autowired
    SpikeDetector spikes;
    @Autowired
    SlaTargets slaTargets;
    @Autowired
    ApplicationEvents events;

    String brand;
    String manager;
    String outsider;
    UiSession session;
    PoliciesView view;

    @BeforeEach
    void aBrandWithItsManagerAndAManagerOfAnotherBrand() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "pol-" + suffix;
        try (var admin = SignedIn.as(users, "admin")) {
            brands.create(brand, "Policy Test " + suffix, false);
            pillars.define(brand, List.of(new PillarTarget("Education", 60, false),
                    new PillarTarget("Promotion", 40, true)));
        }
        manager = TestUsers.ensure(users, brands, "pol-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
        outsider = TestUsers.ensure(users, brands, "pol-outsider-" + suffix, Role.SOCIAL_MANAGER, "beanleaf");
        // only what the tests do counts, not the set-up's own changes
        events.clear();
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void pillarsThatAddUpTo90PercentAreRefusedAtTheTotalAndAFixedSetIsSaved() {
        open(manager);
        IntegerField firstShare = _get(IntegerField.class, spec -> spec.withId("policy-pillar-share-0"));
        _setValue(firstShare, 50);
        IntegerField total = _get(IntegerField.class, spec -> spec.withId("policy-pillars-total"));
        assertThat(total.getValue()).as("the total as you type").isEqualTo(90);

        _click(_get(Button.class, spec -> spec.withId("policy-pillars-save")));

        assertThat(total.isInvalid()).isTrue();
        assertThat(total.getErrorMessage()).isEqualTo("The target shares add up to 90 %, not 100 %");
        assertThat(pillars.of(brand)).extracting(PillarSummary::targetShare).containsExactly(60, 40);
        assertThat(changes("Content pillars")).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("policy-pillars-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("policy-pillar-name-2")), "Community");
        _setValue(_get(IntegerField.class, spec -> spec.withId("policy-pillar-share-2")), 10);
        _click(_get(Button.class, spec -> spec.withId("policy-pillars-save")));

        assertThat(total.isInvalid()).isFalse();
        assertThat(pillars.of(brand)).extracting(PillarSummary::name, PillarSummary::targetShare)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Education", 50),
                        org.assertj.core.groups.Tuple.tuple("Promotion", 40),
                        org.assertj.core.groups.Tuple.tuple("Community", 10));
        assertThat(changes("Content pillars")).singleElement().satisfies(change -> {
            assertThat(change.actor()).isEqualTo(manager);
            assertThat(change.brandId()).isEqualTo(brand);
            assertThat(change.before()).containsEntry("Education", "60 %").doesNotContainKey("Community");
            assertThat(change.after()).containsEntry("Education", "50 %").containsEntry("Promotion",
                    "40 % (promotional)").containsEntry("Community", "10 %");
        });

        long promotion = pillars.of(brand).stream().filter(pillar -> pillar.name().equals("Promotion"))
                .findFirst().orElseThrow().id();
        _setValue(_get(TextField.class, spec -> spec.withId("policy-pillar-name-1")), "Offers");
        _click(_get(Button.class, spec -> spec.withId("policy-pillars-save")));

        assertThat(pillars.of(brand)).filteredOn(pillar -> pillar.name().equals("Offers"))
                .extracting(PillarSummary::id).as("renamed, not replaced").containsExactly(promotion);
        assertThat(pillars.of(brand)).extracting(PillarSummary::name).doesNotContain("Promotion");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsFlaggedAndRefusedAndAGoodOneIsPreviewedAndSaved() {
        open(manager);
        select("Reply templates");
        TextField name = _get(TextField.class, spec -> spec.withId("policy-template-name"));
        TextArea text = _get(TextArea.class, spec -> spec.withId("policy-template-text"));
        _setValue(name, "Order status");
        _setValue(text, "Hi {author}, your order {order} is on its way. {agent}");

        assertThat(text.isInvalid()).as("flagged as you type").isTrue();
        assertThat(text.getErrorMessage()).startsWith("Unknown placeholder {order}");
        _click(_get(Button.class, spec -> spec.withId("policy-template-save")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("Unknown placeholder {order}");
        assertThat(as(manager, () -> templates.managed(brand))).isEmpty();
        assertThatThrownBy(() -> as(manager, () -> templates.define(brand, "Order status", "Your {order}")))
                .as("the service refuses it too").isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("Unknown placeholder {order}: use {author}, {agent}, {brand}, {channel}");

        _setValue(text, "Hi {author}, {agent} of {brand} here on {channel}.");
        assertThat(text.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("policy-template-preview")).getText())
                .startsWith("Hi Ana Example, ").contains(" of Policy Test ").endsWith(".")
                .doesNotContain("{");
        _click(_get(Button.class, spec -> spec.withId("policy-template-save")));

        assertThat(as(manager, () -> templates.managed(brand))).extracting(TemplateSummary::name)
                .containsExactly("Order status");
        assertThat(changes("Reply template 'Order status'")).extracting(AdminChange::action)
                .containsExactly("template added");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTemplateIsRewrittenAndRemovedAndEachChangeIsRecorded() {
        as("admin", () -> templates.define(brand, "Thanks", "Thanks, {author}!"));
        events.clear();
        open(manager);
        select("Reply templates");
        ComboBox<TemplateSummary> choose = _get(ComboBox.class, spec -> spec.withId("policy-template-choose"));
        _setValue(choose, choose.getListDataView().getItems().filter(t -> t.name().equals("Thanks")).findFirst()
                .orElseThrow());
        TextArea text = _get(TextArea.class, spec -> spec.withId("policy-template-text"));
        assertThat(text.getValue()).isEqualTo("Thanks, {author}!");

        _setValue(text, "Thank you, {author}. {agent}");
        _click(_get(Button.class, spec -> spec.withId("policy-template-save")));

        assertThat(as(manager, () -> templates.managed(brand))).extracting(TemplateSummary::text)
                .containsExactly("Thank you, {author}. {agent}");
        _click(_get(Button.class, spec -> spec.withId("policy-template-remove")));

        assertThat(as(manager, () -> templates.managed(brand))).isEmpty();
        assertThat(changes("Reply template 'Thanks'")).extracting(AdminChange::action)
                .containsExactly("template changed", "template removed");
        assertThat(changes("Reply template 'Thanks'").get(0).before()).containsEntry("Text", "Thanks, {author}!");
    }

    @Test
    void aKpiTargetOutOfRangeIsRefusedAtItsKpiAndValidTargetsAreSaved() {
        open(manager);
        select("KPI targets");
        NumberField compliance = _get(NumberField.class, spec -> spec.withId("policy-kpi-sla_compliance"));
        NumberField posts = _get(NumberField.class, spec -> spec.withId("policy-kpi-posts_published"));
        assertThat(compliance.getLabel()).as("the dictionary's name and unit").contains("(percent)");
        _setValue(posts, 7.0);
        _setValue(compliance, 120.0);

        _click(_get(Button.class, spec -> spec.withId("policy-kpis-save")));

        assertThat(compliance.isInvalid()).isTrue();
        assertThat(compliance.getErrorMessage()).contains("between 0 and 100");
        assertThat(targets()).doesNotContainKey("posts_published");

        _setValue(compliance, 95.0);
        _click(_get(Button.class, spec -> spec.withId("policy-kpis-save")));

        assertThat(targets()).containsEntry("posts_published", 7.0).containsEntry("sla_compliance", 95.0);
        assertThat(changes("KPI targets")).singleElement()
                .satisfies(change -> assertThat(change.after()).containsValue("7 count"));
    }

    @Test
    void aSpikeThresholdOfOneIsRefusedAtTheFieldAndAValidRuleIsSaved() {
        open(manager);
        select("Negative spike");
        IntegerField threshold = _get(IntegerField.class, spec -> spec.withId("policy-spike-threshold"));
        IntegerField window = _get(IntegerField.class, spec -> spec.withId("policy-spike-window"));
        assertThat(threshold.getValue()).as("the default").isEqualTo(10);
        _setValue(threshold, 1);
        _setValue(window, 30);

        _click(_get(Button.class, spec -> spec.withId("policy-spike-save")));

        assertThat(threshold.isInvalid()).isTrue();
        assertThat(spikes.settings(brand)).isEqualTo(SpikeSettings.DEFAULT);

        _setValue(threshold, 5);
        _click(_get(Button.class, spec -> spec.withId("policy-spike-save")));

        assertThat(spikes.settings(brand)).isEqualTo(new SpikeSettings(5, Duration.ofMinutes(30)));
        assertThat(changes("Negative spike")).singleElement().satisfies(change -> assertThat(change.after())
                .containsEntry("Negative interactions", "5").containsEntry("Within (minutes)", "30"));
    }

    @Test
    void anSlaTargetOfZeroMinutesIsRefusedAtItsCategoryAndOwnTargetsAreSaved() {
        open(manager);
        select("SLA targets");
        IntegerField complaint = _get(IntegerField.class, spec -> spec.withId("policy-sla-complaint-minutes"));
        IntegerField question = _get(IntegerField.class, spec -> spec.withId("policy-sla-question-minutes"));
        _setValue(question, 45);
        _setValue(complaint, 0);

        _click(_get(Button.class, spec -> spec.withId("policy-sla-save")));

        assertThat(complaint.isInvalid()).isTrue();
        assertThat(question.isInvalid()).isFalse();
        assertThat(ownSlaTargets()).isEmpty();

        _setValue(complaint, 20);
        _setValue(_get(Checkbox.class, spec -> spec.withId("policy-sla-question-business-hours")), true);
        _click(_get(Button.class, spec -> spec.withId("policy-sla-save")));

        assertThat(ownSlaTargets()).containsExactly(
                new SlaTarget(Category.QUESTION, Duration.ofMinutes(45), true),
                new SlaTarget(Category.COMPLAINT, Duration.ofMinutes(20), false));
        assertThat(_get(Span.class, spec -> spec.withId("policy-sla-saved")).getText())
                .isEqualTo("Saved own targets for 2 categories");
        assertThat(changes("SLA targets")).singleElement().satisfies(change -> assertThat(change.after())
                .containsEntry("Complaint", "20 minutes, round the clock"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerOfAnotherBrandIsNotOfferedTheBrandAndEveryPolicyServiceRefusesThem() {
        session = UiSession.signIn(context, users, outsider);
        UI.getCurrent().navigate(PoliciesView.class);
        ComboBox<BrandSummary> chooser = _get(ComboBox.class, spec -> spec.withId("policy-brand"));

        assertThat(chooser.getListDataView().getItems().map(BrandSummary::id).toList())
                .containsExactly("beanleaf");
        assertThatThrownBy(() -> pillars.define(brand, List.of(new PillarTarget("Mine", 100, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.define(brand, "Mine", "Hi {author}"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.managed(brand)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpiTargets.define(brand, Map.of("posts_published", 1.0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpiTargets.set(brand, "posts_published", 1.0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> spikes.configure(brand, new SpikeSettings(2, Duration.ofMinutes(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> spikes.configure(brand, 2, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> slaTargets.define(brand, List.of(new SlaTarget(Category.QUESTION,
                Duration.ofMinutes(1), false)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> slaTargets.of(brand)).isInstanceOf(AccessDeniedException.class);
        assertThat(pillars.of(brand)).extracting(PillarSummary::name).containsExactly("Education", "Promotion");
        assertThat(spikes.settings(brand)).isEqualTo(SpikeSettings.DEFAULT);
        assertThat(events.stream(AdminChange.class).filter(change -> brand.equals(change.brandId()))).isEmpty();
    }

    @Test
    void aCopywriterIsRefusedEvenInTheirOwnBrandAndTheScreenIsForManagersAndAdmins() {
        String copywriter = TestUsers.ensure(users, brands, "pol-writer-" + UUID.randomUUID().toString()
                .substring(0, 8), Role.COPYWRITER, brand);
        try (var signedIn = SignedIn.as(users, copywriter)) {
            assertThatThrownBy(() -> pillars.define(brand, List.of(new PillarTarget("Mine", 100, false))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> spikes.configure(brand, new SpikeSettings(2, Duration.ofMinutes(1))))
                .as("nobody signed in").isInstanceOf(AccessDeniedException.class);
        assertThat(PoliciesView.class.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
                .containsExactlyInAnyOrder("social-manager", "admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminIsOfferedEveryBrand() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(PoliciesView.class);
        ComboBox<BrandSummary> chooser = _get(ComboBox.class, spec -> spec.withId("policy-brand"));

        assertThat(chooser.getListDataView().getItems().map(BrandSummary::id).toList())
                .contains(brand, "beanleaf", "northwind");
    }

    /** Signs in, opens the screen: the manager has one brand, so it is chosen and its tabs are shown. */
    private void open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(PoliciesView.class);
        view = _get(PoliciesView.class);
        assertThat(view.brand.getValue().id()).isEqualTo(brand);
        assertThat(view.tabByTitle.keySet()).containsExactly("Pillars", "Voice", "Reply templates", "KPI targets",
                "Negative spike", "SLA targets");
        assertThat(view.tabByTitle.values()).extracting(tab -> tab.getId().orElseThrow()).containsExactly(
                "policy-tab-pillars", "policy-tab-voice", "policy-tab-reply-templates", "policy-tab-kpi-targets",
                "policy-tab-negative-spike", "policy-tab-sla-targets");
    }

    private void select(String title) {
        view.tabs.setSelectedTab(view.tabByTitle.get(title));
    }

    private List<AdminChange> changes(String subject) {
        return events.stream(AdminChange.class)
                .filter(change -> brand.equals(change.brandId()) && change.subject().equals(subject)).toList();
    }

    private Map<String, Double> targets() {
        return as("admin", () -> kpiTargets.of(brand));
    }

    private List<SlaTarget> ownSlaTargets() {
        return as("admin", () -> slaTargets.of(brand));
    }

    /** Reads as someone else, then puts the screen's person back, so the open UI session stays signed in. */
    private <T> T as(String userId, Supplier<T> work) {
        Authentication screen = SecurityContextHolder.getContext().getAuthentication();
        try (var signedIn = SignedIn.as(users, userId)) {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(screen);
        }
    }
}
