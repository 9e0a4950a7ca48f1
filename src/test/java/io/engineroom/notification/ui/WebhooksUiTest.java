package io.engineroom.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.AdminChange;
import io.engineroom.base.TeamEventType;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.SlaBreached;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboxWorker;
import io.engineroom.notification.webhook.WebhookSubscription;
import io.engineroom.notification.webhook.WebhookSubscriptions;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Webhooks screen: an admin subscribes an address (the secret shown once), rotates the secret and deactivates;
 * bad input stays at its field; a dead delivery is in the log with the receiver's answer and Re-send delivers it.
 * A social manager works on their own brand's, never another brand's; a community manager is refused altogether,
 * by the screen and by the service.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class WebhooksUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    OutboxWorker worker;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEvents events;

    WireMockServer receiver;
    String brandId;
    UiSession session;

    @BeforeEach
    void aBrandAndAReceiver() {
        worker.stop();
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        brandId = "hooks-ui-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.call(() -> brands.create(brandId, "Hooks UI " + brandId, false));
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        receiver.stop();
        worker.start();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSubscribesSeesTheSecretOnceRotatesItAndDeactivates() {
        openAs("admin");
        _click(button("webhook-add"));
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), receiver.baseUrl() + "/events");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("webhook-events")),
                Set.of(TeamEventType.SLA_BREACHED, TeamEventType.INCIDENT_RAISED));
        _click(button("webhook-save"));

        String secret = _get(TextField.class, spec -> spec.withId("webhook-secret-value")).getValue();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        _click(button("webhook-secret-done"));
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith(receiver.baseUrl() + "/events",
                "sla.breached, incident.raised", "active");
        assertThat(GridKt._getFormattedRow(grid(), 0).toString()).doesNotContain(secret);

        _click(button("webhook-rotate"));
        String rotated = _get(TextField.class, spec -> spec.withId("webhook-secret-value")).getValue();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        _click(button("webhook-secret-done"));

        _click(button("webhook-deactivate"));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("deactivated");
        assertThat(button("webhook-rotate").isEnabled()).isFalse();
        assertThat(events.stream(AdminChange.class).filter(this::aWebhookChange))
                .extracting(AdminChange::action).containsExactly("added", "secret rotated", "deactivated");
        assertThat(events.stream(AdminChange.class).filter(this::aWebhookChange))
                .allSatisfy(change -> assertThat(change.after().values()).noneMatch(value -> value
                        .contains("whsec_")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void badInputIsShownAtItsFieldAndNothingIsSaved() {
        openAs("admin");
        _click(button("webhook-add"));
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "ftp://files.example/events");
        _click(button("webhook-save"));

        TextField url = _get(TextField.class, spec -> spec.withId("webhook-url"));
        CheckboxGroup<TeamEventType> types = _get(CheckboxGroup.class, spec -> spec.withId("webhook-events"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("An http(s) address is required");
        assertThat(types.isInvalid()).isTrue();
        assertThat(types.getErrorMessage()).isEqualTo("Choose at least one event");
        assertThat(AsAdmin.call(() -> subscriptions.of(brandId))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeadDeliveryShowsTheReceiversAnswerAndReSendDeliversIt() {
        receiver.stubFor(post("/events").inScenario("fixed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(410).withBody("gone for now")).willSetStateTo("back"));
        receiver.stubFor(post("/events").inScenario("fixed").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withBody("thanks")));
        WebhookSubscription subscription = AsAdmin.call(() -> subscriptions.add(brandId,
                receiver.baseUrl() + "/events", Set.of(TeamEventType.SLA_BREACHED))).subscription();
        new TransactionTemplate(transactions).executeWithoutResult(status -> publisher.publishEvent(
                new SlaBreached(brandId, "int-ui", "community-manager", Instant.now(), Instant.now())));
        worker.drain();

        String manager = TestUsers.ensure(users, brands, "hook-sm-" + brandId, Role.SOCIAL_MANAGER, brandId);
        openAs(manager);
        grid().select(only(grid()));
        Grid<OutboundDelivery> deliveries = _get(Grid.class, spec -> spec.withId("webhook-deliveries"));
        assertThat(GridKt._getFormattedRow(deliveries, 0)).startsWith("sla.breached").contains("dead", "1 of 8",
                "410", "gone for now");
        assertThat(button("webhook-resend").isEnabled()).isFalse();

        deliveries.select(only(deliveries));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("webhook-attempts")), 0))
                .contains("failed", "410", "gone for now");
        _click(button("webhook-resend"));
        assertThat(GridKt._getFormattedRow(deliveries, 0)).contains("pending", "0 of 8");
        worker.drain();
        _click(button("webhook-log-reload"));

        assertThat(GridKt._getFormattedRow(deliveries, 0)).contains("sent", "1 of 8", "200", "thanks");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))).hasSize(2);
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith(subscription.url());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSocialManagerOfAnotherBrandIsNotOfferedItAndTheServiceRefusesThem() {
        WebhookSubscription theirs = AsAdmin.call(() -> subscriptions.add(brandId, receiver.baseUrl() + "/events",
                Set.of(TeamEventType.SLA_BREACHED))).subscription();
        String outsider = TestUsers.ensure(users, brands, "hook-out-" + brandId, Role.SOCIAL_MANAGER, "beanleaf");

        session = UiSession.signIn(context, users, outsider);
        UI.getCurrent().navigate(WebhooksView.class);
        ComboBox<BrandSummary> chooser = _get(ComboBox.class, spec -> spec.withId("webhook-brand"));
        assertThat(chooser.getListDataView().getItems().map(BrandSummary::id).toList())
                .containsExactly("beanleaf");
        assertThatThrownBy(() -> subscriptions.of(brandId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.add(brandId, receiver.baseUrl() + "/mine",
                Set.of(TeamEventType.SLA_BREACHED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.rotateSecret(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.deactivate(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.deliveries(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(AsAdmin.call(() -> subscriptions.of(brandId))).singleElement()
                .satisfies(still -> assertThat(still.active()).isTrue());
    }

    @Test
    void aCommunityManagerCannotOpenTheScreenAndTheServiceRefusesThemInTheirOwnBrand() {
        String frontline = TestUsers.ensure(users, brands, "hook-cm-" + brandId, Role.COMMUNITY_MANAGER, brandId);
        session = UiSession.signIn(context, users, frontline);
        try {
            UI.getCurrent().navigate(WebhooksView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(WebhooksView.class::isInstance);
        assertThatThrownBy(() -> subscriptions.of(brandId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.add(brandId, receiver.baseUrl() + "/events",
                Set.of(TeamEventType.SLA_BREACHED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.manageableBrands()).isInstanceOf(AccessDeniedException.class);
        try (var admin = SignedIn.as(users, "admin")) {
            assertThat(subscriptions.of(brandId)).isEmpty();
        }
    }

    private boolean aWebhookChange(AdminChange change) {
        return "webhook".equals(change.area()) && brandId.equals(change.brandId());
    }

    /** Signs in and opens the screen on this test's brand. */
    @SuppressWarnings("unchecked")
    private void openAs(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(WebhooksView.class);
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("webhook-brand"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals(brandId)).findFirst()
                .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Grid<WebhookSubscription> grid() {
        return _get(Grid.class, spec -> spec.withId("webhook-grid"));
    }

    private static <T> T only(Grid<T> grid) {
        assertThat(grid.getListDataView().getItemCount()).isEqualTo(1);
        return grid.getListDataView().getItem(0);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
