package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.Market;
import io.engineroom.brand.MarketService;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ContentCalendar;
import io.engineroom.content.ContentMarkets;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The calendar and markets: a planner ticks the markets an item targets when planning it, and choosing a market
 * shows only the items that target it.
 */
@EngineRoomIntegrationTest
class CalendarMarketUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    MarketService markets;
    @Autowired
    ContentMarkets contentMarkets;
    @Autowired
    ContentCalendar calendar;

    String brand;
    String manager;
    Market swiss;
    LocalDate wednesday;
    UiSession session;

    @BeforeEach
    void aBrandWithTwoMarkets() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "cm-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Calendar Markets " + suffix, false));
        swiss = AsAdmin.call(() -> markets.save(new Market(brand, "de-CH", "de", "Europe/Zurich", "Switzerland",
                true, List.of())));
        AsAdmin.run(() -> markets.save(new Market(brand, "fr-FR", "fr", "Europe/Paris", "France", false, List.of())));
        manager = TestUsers.ensure(users, brands, "cm-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
        wednesday = LocalDate.now(ZoneId.of("UTC")).plusWeeks(1).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY)).plusDays(2);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anItemPlannedForAMarketIsTheOnlyOneShownWhenThatMarketIsChosen() {
        logIn();
        plan("For Switzerland", Set.of(swiss));
        plan("Everywhere else", Set.of());
        List<CalendarItem> planned = calendar.items(brand, wednesday, wednesday.plusDays(1));
        long forSwiss = planned.stream().filter(item -> item.title().equals("For Switzerland")).findFirst()
                .orElseThrow().id();
        long other = planned.stream().filter(item -> item.title().equals("Everywhere else")).findFirst()
                .orElseThrow().id();
        // as the planner the UI session signed in
        assertThat(contentMarkets.targeted(forSwiss)).containsExactly("de-CH");
        assertThat(contentMarkets.targeted(other)).isEmpty();
        assertThat(chips()).contains("item-" + forSwiss, "item-" + other);

        _setValue(marketBox(), swiss);

        assertThat(chips()).contains("item-" + forSwiss).doesNotContain("item-" + other);

        _setValue(marketBox(), null);

        assertThat(chips()).contains("item-" + forSwiss, "item-" + other);
    }

    @SuppressWarnings("unchecked")
    private void logIn() {
        session = UiSession.signIn(context, users, manager);
        UI.getCurrent().navigate(CalendarView.class);
        ComboBox<BrandSummary> brandBox = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        _setValue(brandBox, brandBox.getListDataView().getItems().filter(b -> b.id().equals(brand)).findFirst()
                .orElseThrow());
        RadioButtonGroup<CalendarView.Mode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("calendar-mode"));
        _setValue(mode, CalendarView.Mode.WEEK);
        _click(_get(Button.class, spec -> spec.withId("calendar-today")));
        _click(_get(Button.class, spec -> spec.withId("calendar-next")));
    }

    @SuppressWarnings("unchecked")
    private void plan(String title, Set<Market> targeted) {
        _click(_get(Button.class, spec -> spec.withId("add-" + wednesday)));
        _setValue(_get(TextField.class, spec -> spec.withId("new-title")), title);
        _setValue(_get(TimePicker.class, spec -> spec.withId("new-time")), LocalTime.of(9, 30));
        CheckboxGroup<Market> marketsField = _get(CheckboxGroup.class, spec -> spec.withId("new-markets"));
        _setValue(marketsField, targeted);
        _click(_get(Button.class, spec -> spec.withId("create-item")));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Market> marketBox() {
        return _get(ComboBox.class, spec -> spec.withId("calendar-market"));
    }

    private List<String> chips() {
        Div day = _get(Div.class, spec -> spec.withId("day-" + wednesday));
        return _find(day, Div.class).stream().map(div -> div.getId().orElse("")).filter(id -> id.startsWith("item-"))
                .toList();
    }
}
