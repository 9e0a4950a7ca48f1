package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.EmojiPolicy;
import io.engineroom.brand.Platform;
import io.engineroom.brand.VoiceGuideForm;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The brand's voice in the Inbox's reply box, driven with Karibu-Testing: the guide beside the reply, an avoided
 * word held at the reply field, and the reply sent anyway with a reason, recorded.
 */
@EngineRoomIntegrationTest
class ReplyVoiceUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    VoiceGuides guides;
    @Autowired
    InteractionIntake intake;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String frontline;
    String interaction;
    UiSession session;

    @BeforeEach
    void anInteractionWaitingForAReplyInABrandWithAVoiceGuide() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "replyvoice-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Reply Voice " + suffix, false));
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@replyvoice", false)).id();
        AsAdmin.run(() -> guides.save(brand, new VoiceGuideForm("Kind and brief", "", "unfortunately", "", "",
                EmojiPolicy.NONE, null, "")));
        // both frontline queues: where the routing DMN sends a test text is not this test's business
        frontline = "replyvoice-cm-" + suffix;
        users.createUser(frontline, frontline, "(test)", frontline + "@example.com", TestUsers.PASSWORD,
                List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER));
        brands.addMember(brand, frontline);
        interaction = intake.acceptAndStart(channel, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@guest", null, "Where is my order?", null, Instant.now(), null)))
                .entries().get(0).interactionId();
        assertThat(respondTask()).isPresent();
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aFlaggedReplyIsHeldAtItsFieldUntilSentAnywayWithAReasonWhichIsRecorded() {
        session = UiSession.signIn(context, users, frontline);
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<QueueEntry> grid = _get(Grid.class, spec -> spec.withId("interaction-queue"));
        int row = -1;
        for (int at = 0; at < GridKt._size(grid); at++) {
            if (GridKt._get(grid, at).interaction().id().equals(interaction)) {
                row = at;
            }
        }
        assertThat(row).isNotNegative();
        GridKt._clickItem(grid, row, 1, false, false, false, false);
        assertThat(_find(Div.class, spec -> spec.withId("voice-guide"))).hasSize(1);

        TextArea reply = _get(TextArea.class, spec -> spec.withId("reply-text"));
        _setValue(reply, "Unfortunately it is late \uD83D\uDE4F");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).isEqualTo("The voice guide avoids \u201cunfortunately\u201d; "
                + "The voice guide allows no emoji; this has 1");
        assertThat(respondTask()).as("not sent").isPresent();

        _setValue(_get(Checkbox.class, spec -> spec.withId("reply-submit-anyway")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("reply-override-reason")), "The customer asked plainly");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(respondTask()).as("sent").isEmpty();
        assertThat(jdbc.queryForList("select * from voice_override where brand_id = ?", brand))
                .singleElement().satisfies(override -> {
                    assertThat(override.get("actor")).isEqualTo(frontline);
                    assertThat(override.get("writing")).isEqualTo("reply");
                    assertThat(override.get("record_ref")).isEqualTo("interaction:" + interaction);
                    assertThat(override.get("reason")).isEqualTo("The customer asked plainly");
                });
    }

    private Optional<Task> respondTask() {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceBusinessKey("interaction:"
                + interaction).taskDefinitionKey(InteractionQueue.RESPOND_TASK).singleResult());
    }
}
