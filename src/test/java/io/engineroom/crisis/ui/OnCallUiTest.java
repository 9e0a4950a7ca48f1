package io.engineroom.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.crisis.OnCallRota;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.UiSession;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Naming the on-call person on the Incidents screen: crisis leads and social media managers of the brand may, with
 * the brand's members to choose from; community managers see no such button.
 */
@EngineRoomIntegrationTest
class OnCallUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    OnCallRota rota;

    String brand;
    UiSession session;

    @BeforeEach
    void aBrandWithItsCrisisPeople() {
        brand = "oncall-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "On Call " + brand, false));
        for (String user : new String[] {"crisis-lead", "executive", "community-manager"}) {
            brands.addMember(brand, user);
        }
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCrisisLeadNamesTheOnCallPersonFromTheBrandsMembers() {
        open("crisis-lead");
        _click(_get(Button.class, spec -> spec.withId("plan-on-call")));
        ComboBox<BrandSummary> brandField = _get(ComboBox.class, spec -> spec.withId("on-call-brand"));
        _click(_get(Button.class, spec -> spec.withId("on-call-save")));
        assertThat(brandField.isInvalid()).as("no brand chosen").isTrue();

        brandField.setValue(brandField.getListDataView().getItems().filter(item -> item.id().equals(brand))
                .findFirst().orElseThrow());
        assertThat(_get(Paragraph.class, spec -> spec.withId("on-call-current")).getText()).startsWith("Nobody named");
        ComboBox<String> person = _get(ComboBox.class, spec -> spec.withId("on-call-person"));
        assertThat(person.getListDataView().getItems().toList())
                .contains("crisis-lead", "executive", "community-manager").doesNotContain("copywriter");
        _click(_get(Button.class, spec -> spec.withId("on-call-save")));
        assertThat(person.isInvalid()).as("nobody chosen").isTrue();
        assertThat(person.getErrorMessage()).isEqualTo("Choose who is on call");

        person.setValue("executive");
        _click(_get(Button.class, spec -> spec.withId("on-call-save")));

        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            assertThat(rota.onCall(brand)).get().satisfies(onCall -> {
                assertThat(onCall.userId()).isEqualTo("executive");
                assertThat(onCall.setBy()).isEqualTo("crisis-lead");
            });
        }
    }

    @Test
    void aCommunityManagerDoesNotPlanTheRota() {
        open("community-manager");
        assertThat(_find(Button.class, spec -> spec.withId("plan-on-call"))).isEmpty();
    }

    private void open(String user) {
        session = UiSession.signIn(context, users, user);
        UI.getCurrent().navigate(IncidentsView.class);
    }
}
