package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.ClassifierRetraining;
import io.engineroom.inbox.ClassifierTraining;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.UiSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Classifier screen: an admin starts a retraining and sees its result listed; nobody else opens it. */
@EngineRoomIntegrationTest
class ClassifierUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    ClassifierRetraining retraining;

    UiSession session;
    String modelBefore;

    @AfterEach
    void close() throws InterruptedException {
        if (session != null) {
            session.close();
        }
        // a retraining this test started may have been activated: the model in use comes back for other tests
        try (var admin = SignedIn.as(users, "admin")) {
            if (modelBefore != null && !modelBefore.equals(retraining.activeModel())) {
                retraining.activate(modelBefore);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminRetrainsInTheBackgroundAndSeesTheResultWithItsFigures() throws InterruptedException {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(ClassifierView.class);
        modelBefore = retraining.activeModel();
        assertThat(_get(Span.class, spec -> spec.withId("classifier-active")).getText())
                .isEqualTo("In use: " + modelBefore);
        assertThat(_get(Span.class, spec -> spec.withId("classifier-evaluation")).getText())
                .startsWith("Evaluation set: the public labelled files in").contains("evaluation");
        Grid<ClassifierTraining> grid = _get(Grid.class, spec -> spec.withId("classifier-trainings"));
        long listedBefore = grid.getListDataView().getItemCount();

        _click(_get(Button.class, spec -> spec.withId("classifier-retrain")));

        assertThat(_get(Button.class, spec -> spec.withId("classifier-retrain")).isEnabled())
                .as("one retraining at a time from this screen").isFalse();
        Span status = _get(Span.class, spec -> spec.withId("classifier-status"));
        waitUntilEnabled(_get(Button.class, spec -> spec.withId("classifier-retrain")));
        assertThat(status.getText()).matches("(Activated all-minilm-l6-v2-q\\+heads-r\\d+|Not activated)\\. .+");
        assertThat(grid.getListDataView().getItemCount()).isEqualTo(listedBefore + 1);
        ClassifierTraining listed = grid.getListDataView().getItem(0);
        assertThat(listed.trainedBy()).isEqualTo("admin");
        assertThat(listed.figures()).isNotEmpty();
        assertThat(status.getText()).contains(listed.outcome());
    }

    @Test
    void anAdminPutsTheShippedModelBackInUse() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(ClassifierView.class);
        modelBefore = retraining.activeModel();

        _click(_get(Button.class, spec -> spec.withId("classifier-use-shipped")));

        assertThat(retraining.activeModel()).isEqualTo(ClassifierRetraining.SHIPPED);
        assertThat(_get(Span.class, spec -> spec.withId("classifier-active")).getText())
                .isEqualTo("In use: " + ClassifierRetraining.SHIPPED);
        assertThat(_get(Span.class, spec -> spec.withId("classifier-status")).getText())
                .isEqualTo(ClassifierRetraining.SHIPPED + " classifies new interactions from now on");
    }

    @Test
    void onlyAdminsOpenTheScreen() {
        assertThat(ClassifierView.class.getAnnotation(RolesAllowed.class).value()).containsExactly("admin");
        session = UiSession.signIn(context, users, "community-manager");

        try {
            UI.getCurrent().navigate(ClassifierView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(ClassifierView.class::isInstance);
    }

    /** The retraining runs on its own thread and reports through UI.access: run what it queued until it is done. */
    private static void waitUntilEnabled(Button button) throws InterruptedException {
        Instant give = Instant.now().plus(Duration.ofMinutes(3));
        while (!button.isEnabled() && Instant.now().isBefore(give)) {
            Thread.sleep(200);
            MockVaadin.clientRoundtrip();
        }
        assertThat(button.isEnabled()).as("the retraining ended within 3 minutes").isTrue();
    }
}
