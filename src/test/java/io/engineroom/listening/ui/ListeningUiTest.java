package io.engineroom.listening.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.listening.TermKind;
import io.engineroom.listening.TrackedTerm;
import io.engineroom.listening.TrackedTerms;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The listening screen: an analyst of the brand tracks a hashtag and a competitor's account and sets the server;
 * bad input is refused next to its field with nothing saved; a copywriter cannot open the screen, and a manager of
 * another brand is not offered the brand.
 */
@EngineRoomIntegrationTest
class ListeningUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TrackedTerms terms;

    String brand;
    String analyst;
    String suffix;
    UiSession session;

    @BeforeEach
    void aBrandWithItsAnalyst() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "lui-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Listening UI " + suffix, false));
        analyst = TestUsers.ensure(users, brands, "lui-analyst-" + suffix, Role.ANALYST, brand);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAnalystTracksAHashtagAndACompetitorAccountAndStopsTrackingOne() {
        ListeningView view = open(analyst);
        assertThat(view.brand.getValue().id()).as("their only brand, chosen").isEqualTo(brand);

        _setValue(view.kind, TermKind.HASHTAG);
        _setValue(view.term, "#BeanLeaf");
        _click(view.add);
        _setValue(view.kind, TermKind.ACCOUNT);
        _setValue(view.term, "@rival@rival.example");
        _setValue(view.competitor, "Rival Roasters");
        _click(view.add);
        _setValue(view.server, "https://mastodon.example/");
        _click(view.saveServer);

        assertThat(shown(view)).containsExactly("#beanleaf", "@rival@rival.example");
        assertThat(view.term.getValue()).as("ready for the next term").isEmpty();
        List<TrackedTerm> saved = termsAsAnalyst();
        assertThat(saved).extracting(TrackedTerm::competitor).containsExactly(null, "Rival Roasters");
        assertThat(terms.configuredServer(brand)).contains("https://mastodon.example");

        Button remove = (Button) GridKt._getCellComponent(view.tracked, 0, "remove");
        assertThat(remove.getId()).contains("listening-remove-" + saved.get(0).id());
        _click(remove);
        assertThat(shown(view)).containsExactly("@rival@rival.example");
    }

    @Test
    void aShortKeywordAnAccountWithoutItsCompetitorAndANonWebServerAreRefusedAtTheirFields() {
        ListeningView view = open(analyst);

        _setValue(view.term, "ab");
        _click(view.add);
        assertThat(view.term.isInvalid()).isTrue();
        assertThat(view.term.getErrorMessage()).contains("3 to 100 characters");

        _setValue(view.kind, TermKind.ACCOUNT);
        _setValue(view.term, "rival@rival.example");
        _click(view.add);
        assertThat(view.competitor.isInvalid()).isTrue();
        assertThat(view.competitor.getErrorMessage()).isEqualTo("Name the competitor whose account this is");
        assertThat(view.term.getValue()).as("what was typed stays").isEqualTo("rival@rival.example");

        _setValue(view.server, "ftp://mastodon.example");
        _click(view.saveServer);
        assertThat(view.server.isInvalid()).isTrue();

        assertThat(termsAsAnalyst()).as("nothing half-saved").isEmpty();
        assertThat(terms.configuredServer(brand)).isEmpty();
    }

    @Test
    void aCopywriterCannotOpenTheScreenAndAManagerOfAnotherBrandIsNotOfferedTheBrand() {
        String copywriter = TestUsers.ensure(users, brands, "lui-copy-" + suffix, Role.COPYWRITER, brand);
        session = UiSession.signIn(context, users, copywriter);
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate(ListeningView.class);
            _get(ListeningView.class);
        }).hasMessageContaining("AccessDeniedException");
        session.close();
        session = null;

        String outsider = TestUsers.ensure(users, brands, "lui-outsider-" + suffix, Role.SOCIAL_MANAGER,
                "beanleaf");
        ListeningView view = open(outsider);
        assertThat(view.brand.getListDataView().getItems().map(BrandSummary::id).toList()).contains("beanleaf")
                .doesNotContain(brand);
    }

    private ListeningView open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(ListeningView.class);
        return _get(ListeningView.class);
    }

    /** Read through the service as the person signed in to the screen. */
    private List<TrackedTerm> termsAsAnalyst() {
        return terms.of(brand);
    }

    private static List<String> shown(ListeningView view) {
        return IntStream.range(0, GridKt._size(view.tracked)).mapToObj(i -> GridKt._get(view.tracked, i).shown())
                .toList();
    }
}
