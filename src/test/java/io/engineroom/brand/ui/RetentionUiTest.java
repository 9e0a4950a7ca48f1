package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.UiSession;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The history retention screen: an admin sets a brand's days; out-of-range values are refused next to the field. */
@EngineRoomIntegrationTest
class RetentionUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    UiSession session;
    Optional<Integer> before;

    @BeforeEach
    void remember() {
        try (var admin = SignedIn.as(users, "admin")) {
            before = brands.historyRetentionDays("beanleaf");
        }
    }

    @AfterEach
    void putBack() {
        if (session != null) {
            session.close();
        }
        try (var admin = SignedIn.as(users, "admin")) {
            brands.setHistoryRetentionDays("beanleaf", before.orElse(null));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSetsTheDaysAndOutOfRangeValuesAreRefusedNextToTheField() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(RetentionView.class);
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("retention-brand"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals("beanleaf")).findFirst()
                .orElseThrow());
        TextField days = _get(TextField.class, spec -> spec.withId("retention-days"));
        Button save = _get(Button.class, spec -> spec.withId("retention-save"));

        for (String refused : new String[] {"0", "99999"}) {
            _setValue(days, refused);
            _click(save);

            assertThat(days.isInvalid()).as(refused).isTrue();
            assertThat(days.getErrorMessage()).as(refused).startsWith("Keep history for 1 to 3650 days");
            assertThat(currentDays()).isEqualTo(before);
        }
        _setValue(days, "a month");
        _click(save);

        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).startsWith("Enter a whole number of days");
        assertThat(currentDays()).isEqualTo(before);

        _setValue(days, "400");
        _click(save);

        assertThat(days.isInvalid()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("retention-saved")).getText())
                .isEqualTo("Bean & Leaf Coffee keeps history for 400 days after an instance ends");
        assertThat(currentDays()).contains(400);

        _setValue(days, "");
        _click(save);

        assertThat(currentDays()).isEmpty();
    }

    @Test
    void onlyAdminsOpenTheScreen() {
        assertThat(RetentionView.class.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
                .containsExactly("admin");
    }

    private Optional<Integer> currentDays() {
        return brands.historyRetentionDays("beanleaf");
    }
}
