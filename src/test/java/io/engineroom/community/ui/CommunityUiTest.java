package io.engineroom.community.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.community.SuperFan;
import io.engineroom.community.UgcPermissions;
import io.engineroom.community.UgcRequest;
import io.engineroom.community.UgcState;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
 * The Community screen: a community manager sees the brand's super-fans, starts one surprise (a second is refused),
 * and asks to repost an inbox interaction from the link the inbox opens; a bad link is shown next to its field and
 * starts nothing; an author's withdrawn yes is recorded with its link. A copywriter cannot open the screen.
 */
@EngineRoomIntegrationTest
class CommunityUiTest {

    static final String LOVE = "Thank you so much, I love this! Amazing, wonderful service, you are the best.";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UgcPermissions permissions;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;

    UiSession session;
    String brand;
    String fan;
    String interaction;

    @BeforeEach
    void aBrandWithASuperFan() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "aaa-community-ui-" + suffix;
        fan = "@uifan" + suffix;
        AsAdmin.run(() -> brands.create(brand, "AAA Community UI " + suffix, false));
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@communityui", true)).id();
        brands.addMember(brand, "community-manager");
        for (String id : List.of("a", "b", "c")) {
            interaction = intake.acceptAndStart(channel, List.of(new IncomingInteraction(fan + id, InteractionKind.COMMENT,
                    fan, "UI Fan", LOVE, null, TestClock.get().instant(), null))).entries().get(0).interactionId();
        }
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aCommunityManagerSurprisesASuperFanOnceAndAsksToRepostAnInteraction() {
        open("community-manager", QueryParameters.empty());
        chooseBrand();
        Grid<SuperFan> fans = grid("super-fans");
        assertThat(GridKt._size(fans)).isEqualTo(1);
        assertThat(GridKt._get(fans, 0).authorHandle()).isEqualTo(fan);
        assertThat(GridKt._get(fans, 0).positiveCount()).isEqualTo(3);

        _click(surpriseButton(fans));

        assertThat(GridKt._get(fans, 0).surpriseOpen()).isTrue();
        Button again = surpriseButton(fans);
        assertThat(again.isEnabled()).as("a second surprise is not offered while one is open").isFalse();
        assertThat(again.getText()).isEqualTo("Surprise open");
        assertThat(jdbc.queryForObject("select count(*) from community_surprise where brand_id = ?", Long.class,
                brand)).isEqualTo(1);

        // the inbox's "Ask to repost" link: the interaction's author is fixed, the link to the post is asked for
        UI.getCurrent().navigate("community", QueryParameters.simple(Map.of("brand", brand, "interaction",
                interaction, "author", fan)));
        chooseBrand();
        TextField url = _get(TextField.class, spec -> spec.withId("repost-url"));
        assertThat(_get(TextField.class, spec -> spec.withId("repost-author")).isReadOnly()).isTrue();
        _setValue(url, "not a link");
        _click(_get(Button.class, spec -> spec.withId("repost-ask")));

        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("link to their post");
        assertThat(_get(RepostDialog.class).isOpened()).isTrue();
        assertThat(ugcRows()).isZero();

        _setValue(url, "https://x.example/uifan/1");
        _click(_get(Button.class, spec -> spec.withId("repost-ask")));

        assertThat(_find(RepostDialog.class)).isEmpty();
        assertThat(ugcRows()).isEqualTo(1);
        Grid<UgcRequest> requests = grid("ugc-requests");
        assertThat(GridKt._size(requests)).isEqualTo(1);
        assertThat(GridKt._get(requests, 0).state()).isEqualTo(UgcState.TO_ASK);
        assertThat(GridKt._get(requests, 0).authorHandle()).isEqualTo(fan);
    }

    @Test
    void anAuthorWithdrawingTheirYesIsRecordedWithItsLinkAndABadLinkChangesNothing() {
        session = UiSession.signIn(context, users, "community-manager");
        long permission = permissions.repost(brand, fan, "https://x.example/uifan/2");
        complete(permission, Map.of("requestText", "Hi, may we repost your post?", "requestUrl",
                "https://x.example/brand/3"));
        complete(permission, Map.of("ugcAnswer", "yes", "answerUrl", "https://x.example/uifan/4"));
        UI.getCurrent().navigate(CommunityView.class);
        chooseBrand();
        Grid<UgcRequest> requests = grid("ugc-requests");
        assertThat(GridKt._get(requests, 0).state()).isEqualTo(UgcState.YES);

        _click(_get(GridKt._getCellComponent(requests, 0, "actions"), Button.class,
                spec -> spec.withId("withdraw-" + permission)));
        TextField url = _get(TextField.class, spec -> spec.withId("withdraw-url"));
        _setValue(url, "ftp://nope");
        _click(_get(Button.class, spec -> spec.withId("withdraw-save")));

        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).startsWith("A link (http:// or https://)");
        assertThat(state(permission)).isEqualTo("YES");

        _setValue(url, "https://x.example/uifan/5");
        _click(_get(Button.class, spec -> spec.withId("withdraw-save")));

        assertThat(_find(WithdrawDialog.class)).isEmpty();
        assertThat(state(permission)).isEqualTo("WITHDRAWN");
        assertThat(GridKt._get(requests, 0).state()).isEqualTo(UgcState.WITHDRAWN);
        assertThat(GridKt._get(requests, 0).answerUrl()).isEqualTo("https://x.example/uifan/5");
    }

    private void complete(long permission, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(UgcPermissions.businessKey(permission))
                .singleResult();
        inbox.open(task.getId());
        inbox.complete(task.getId(), values, ZoneOffset.UTC);
    }

    private String state(long permission) {
        return jdbc.queryForObject("select state from ugc_permission where id = ?", String.class, permission);
    }

    @Test
    void aCopywriterCannotOpenTheScreen() {
        String copywriter = TestUsers.ensure(users, brands, "cui-copy-" + brand, Role.COPYWRITER, brand);
        session = UiSession.signIn(context, users, copywriter);
        UI.getCurrent().navigate(CommunityView.class);

        assertThatThrownBy(() -> _get(CommunityView.class)).isInstanceOf(AssertionError.class);
    }

    private Button surpriseButton(Grid<SuperFan> fans) {
        return _get(GridKt._getCellComponent(fans, 0, "actions"), Button.class,
                spec -> spec.withId("surprise-" + fan));
    }

    private void open(String userId, QueryParameters parameters) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate("community", parameters);
        _get(CommunityView.class);
    }

    @SuppressWarnings("unchecked")
    private void chooseBrand() {
        var brandBox = (com.vaadin.flow.component.combobox.ComboBox<BrandSummary>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("community-brand"));
        BrandSummary mine = brandBox.getListDataView().getItems().filter(b -> b.id().equals(brand)).findFirst()
                .orElseThrow();
        _setValue(brandBox, mine);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private long ugcRows() {
        return jdbc.queryForObject("select count(*) from ugc_permission where brand_id = ?", Long.class, brand);
    }
}
