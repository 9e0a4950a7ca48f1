package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.Market;
import io.engineroom.brand.MarketService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A brand's markets on the Brands screen: an unknown language or time zone shows next to its field and saves
 * nothing; a valid market is listed, changed and removed; a social manager of another brand may not change them.
 */
@EngineRoomIntegrationTest
class BrandMarketsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    MarketService markets;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    String brand;
    UiSession session;

    @BeforeEach
    void aBrandOfItsOwn() {
        brand = "mk-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Markets " + suffix, false));
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anUnknownLanguageOrTimeZoneShowsNextToItsFieldAndAValidMarketIsSaved() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(BrandsView.class);
        _get(BrandsView.class).editor.edit(brand);
        _setValue(field("market-code"), "de-CH");
        _setValue(field("market-language"), "xq");
        _setValue(field("market-time-zone"), "Europe/Atlantis");
        _setValue(field("market-region"), "Switzerland");
        _click(_get(Button.class, spec -> spec.withId("market-save")));

        assertThat(field("market-language").isInvalid()).isTrue();
        assertThat(field("market-language").getErrorMessage()).startsWith("Unknown language");
        assertThat(field("market-time-zone").isInvalid()).isTrue();
        assertThat(field("market-time-zone").getErrorMessage()).startsWith("Unknown time zone");
        assertThat(field("market-code").isInvalid()).isFalse();
        assertThat(AsAdmin.call(() -> markets.of(brand))).as("nothing saved").isEmpty();

        _setValue(field("market-language"), "de");
        _setValue(field("market-time-zone"), "Europe/Zurich");
        _setValue(_get(Checkbox.class, spec -> spec.withId("market-regulated")), true);
        _click(_get(Button.class, spec -> spec.withId("market-save")));

        assertThat(AsAdmin.call(() -> markets.of(brand))).containsExactly(new Market(brand, "de-CH", "de",
                "Europe/Zurich", "Switzerland", true, List.of()));
        Grid<Market> grid = marketGrid();
        assertThat(GridKt._size(grid)).isOne();

        GridKt._clickItem(grid, 0);
        assertThat(field("market-region").getValue()).isEqualTo("Switzerland");
        _click(_get(Button.class, spec -> spec.withId("market-remove")));
        assertThat(AsAdmin.call(() -> markets.of(brand))).isEmpty();
    }

    @Test
    void aSocialManagerOfAnotherBrandCannotChangeItsMarkets() {
        String outsider = TestUsers.ensure(users, brands, "mk-outsider-" + suffix, Role.SOCIAL_MANAGER, "beanleaf");
        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> markets.save(new Market(brand, "fr", "fr", "Europe/Paris", "France", false,
                    List.of()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> markets.of(brand)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(AsAdmin.call(() -> markets.of(brand))).isEmpty();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Market> marketGrid() {
        return _get(Grid.class, spec -> spec.withId("brand-markets"));
    }
}
