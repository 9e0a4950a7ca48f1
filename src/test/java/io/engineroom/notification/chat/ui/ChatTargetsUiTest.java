package io.engineroom.notification.chat.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.TeamEventType;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.chat.ChatPlatform;
import io.engineroom.notification.chat.ChatTarget;
import io.engineroom.notification.chat.ChatTargets;
import io.engineroom.notification.outbox.DeliveryStatus;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Team chat screen on a brand of its own with a stand-in Slack: its manager adds a chat (a missing address is
 * refused at the field, nothing saved), sees it by host only, sends a test message and sees its delivery, and
 * deactivates it; a manager of another brand is not offered the brand and is refused its chats, and a community
 * manager is refused the screen.
 */
@EngineRoomIntegrationTest
class ChatTargetsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChatTargets chats;

    WireMockServer slack;
    String brand;
    String manager;
    UiSession session;

    @BeforeEach
    void aBrandWithItsManagerAndAStandInSlack() {
        slack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slack.start();
        slack.stubFor(WireMock.post("/services/T0/B0/secret-token").willReturn(WireMock.ok("ok")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "chat-ui-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Chat UI " + suffix, false));
        manager = TestUsers.ensure(users, brands, "chat-ui-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
    }

    @AfterEach
    void signOutAndStop() {
        if (session != null) {
            session.close();
        }
        slack.stop();
    }

    @Test
    void theBrandsManagerAddsAChatTestsItSeesTheDeliveryAndDeactivatesIt() throws Exception {
        ChatTargetsEditor editor = open(manager);
        _click(_get(Button.class, spec -> spec.withId("chat-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("chat-name")), "#social");
        editor.fields.topics.setValue(EnumSet.of(TeamEventType.SLA_BREACHED, TeamEventType.INCIDENT_RAISED));
        _click(_get(Button.class, spec -> spec.withId("chat-save")));

        TextField url = _get(TextField.class, spec -> spec.withId("chat-webhook-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("The chat's incoming webhook address is required");
        assertThat(AsAdmin.call(() -> chats.of(brand))).as("nothing saved").isEmpty();

        String secret = slack.baseUrl() + "/services/T0/B0/secret-token";
        _setValue(url, secret);
        _click(_get(Button.class, spec -> spec.withId("chat-save")));

        assertThat(editor.fields.isVisible()).isFalse();
        assertThat(GridKt._size(editor.list)).isEqualTo(1);
        ChatTarget saved = GridKt._get(editor.list, 0);
        assertThat(saved.platform()).isEqualTo(ChatPlatform.SLACK);
        assertThat(GridKt._getFormattedRow(editor.list, 0)).contains("#social", "Slack", "localhost")
                .noneMatch(cell -> cell.contains("secret-token"));

        _click(_get(Button.class, spec -> spec.withId("chat-edit")));
        assertThat(url.getValue()).as("the saved address is not shown again").isEmpty();
        assertThat(url.getHelperText()).contains("localhost").doesNotContain("secret-token");
        _click(_get(Button.class, spec -> spec.withId("chat-cancel")));

        _click(_get(Button.class, spec -> spec.withId("chat-test")));
        awaitPosts(1);
        OutboundDelivery sent = awaitSent(saved.id());
        assertThat(sent.eventType()).isEqualTo(ChatTargets.TEST_MESSAGE);
        editor.list.deselectAll();
        editor.list.select(GridKt._get(editor.list, 0));
        assertThat(GridKt._size(editor.deliveries)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(editor.deliveries, 0)).contains("test", "SENT", "200");

        _click(_get(Button.class, spec -> spec.withId("chat-deactivate")));
        assertThat(GridKt._getFormattedRow(editor.list, 0)).contains("deactivated");
        assertThat(_get(Button.class, spec -> spec.withId("chat-test")).isEnabled()).isFalse();
        assertThat(AsAdmin.call(() -> chats.of(brand))).singleElement().extracting(ChatTarget::active)
                .isEqualTo(false);
    }

    @Test
    void aManagerOfAnotherBrandIsNotOfferedTheBrandAndIsRefusedItsChats() {
        String other = TestUsers.ensure(users, brands, "chat-ui-other-" + UUID.randomUUID().toString().substring(0, 8),
                Role.SOCIAL_MANAGER, "beanleaf");
        session = UiSession.signIn(context, users, other);
        UI.getCurrent().navigate(ChatTargetsView.class);
        ChatTargetsView view = _get(ChatTargetsView.class);
        assertThat(view.brand.getListDataView().getItems().map(summary -> summary.id()).toList())
                .containsExactly("beanleaf");

        // the brand's editor itself, had the screen been tricked into it, shows the refusal and nothing else
        ChatTargetsEditor editor = new ChatTargetsEditor(chats, brand);
        UI.getCurrent().add(editor);
        assertThat(_get(editor, Paragraph.class, spec -> spec.withId("chat-refused")).getText())
                .startsWith("You may not see or change this brand's team chats");
        assertThat(editor.list.getParent()).isEmpty();
    }

    @Test
    void aCommunityManagerIsRefusedTheScreen() {
        session = UiSession.signIn(context, users, "community-manager");
        UI.getCurrent().navigate(ChatTargetsView.class);
        assertThatThrownBy(() -> _get(ChatTargetsView.class)).isInstanceOf(AssertionError.class);
    }

    private ChatTargetsEditor open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(ChatTargetsView.class);
        ChatTargetsView view = _get(ChatTargetsView.class);
        assertThat(view.brand.getValue().id()).as("their one brand, chosen").isEqualTo(brand);
        assertThat(view.editor).isNotNull();
        return view.editor;
    }

    private void awaitPosts(int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (slack.getAllServeEvents().size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(slack.getAllServeEvents()).hasSize(count);
    }

    private OutboundDelivery awaitSent(long id) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        List<OutboundDelivery> log = List.of();
        while (System.currentTimeMillis() < until) {
            log = AsAdmin.call(() -> chats.deliveries(id));
            if (!log.isEmpty() && log.get(0).status() == DeliveryStatus.SENT) {
                return log.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not sent within 15 s: " + log);
    }
}
