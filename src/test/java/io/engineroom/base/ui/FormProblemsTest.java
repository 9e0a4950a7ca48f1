package io.engineroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.engineroom.base.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service's problems land next to the fields bound to their names; the rest are not lost. */
class FormProblemsTest {

    public record Sample(String title, String body) {
    }

    final TextField title = new TextField("Title");
    final TextField body = new TextField("Body");
    final Binder<Sample> binder = new Binder<>(Sample.class);

    @BeforeEach
    void bind() {
        MockVaadin.setup();
        binder.forField(title).bind("title");
        binder.forField(body).bind("body");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aProblemNamedLikeABoundPropertyMarksThatFieldAndNoOther() {
        FormProblems.show(binder, new InvalidInput("body", "Unknown placeholder {product}"));

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Unknown placeholder {product}");
        assertThat(title.isInvalid()).isFalse();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aProblemNoFieldIsBoundToBecomesAnErrorNotice() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("title", "A title is required");
        problems.put("brandId", "Not a member of brand 'x'");

        FormProblems.show(binder, new InvalidInput(problems));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("A title is required");
        assertThat(body.isInvalid()).isFalse();
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).singleElement().satisfies(notice -> {
            assertThat(notice.getElement().getProperty("text")).isEqualTo("Not a member of brand 'x'");
            assertThat(notice.getThemeNames()).contains("error");
        });
    }

    @Test
    void theNextValidationClearsWhatTheServerMarked() throws Exception {
        FormProblems.show(binder, new InvalidInput("title", "Too long"));
        assertThat(title.isInvalid()).isTrue();

        binder.writeRecord();

        assertThat(title.isInvalid()).isFalse();
    }
}
