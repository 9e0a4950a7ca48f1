package io.engineroom.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A person's notification preferences: saved all at once or not at all, crisis fixed at "at once", the digest's
 * time zone defaulting to their first brand's, and only ever their own.
 */
@EngineRoomIntegrationTest
class NoticePreferencesTest {

    @Autowired
    NoticePreferences preferences;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String person;
    String other;

    @BeforeEach
    void twoPeople() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // beanleaf is in Berlin, northwind in London: the first by id decides the default
        person = TestUsers.ensure(users, brands, "prefs-" + suffix, Role.COMMUNITY_MANAGER, "northwind", "beanleaf");
        other = TestUsers.ensure(users, brands, "prefs-other-" + suffix, Role.COMMUNITY_MANAGER);
    }

    @Test
    void aNewPersonHearsOfEverythingAtOnceWithTheTimeZoneOfTheirFirstBrand() {
        try (var signedIn = SignedIn.as(users, person)) {
            NoticeSettings mine = preferences.mySettings();
            assertThat(mine.deliveries()).hasSize(NoticeKind.values().length)
                    .allSatisfy((kind, delivery) -> assertThat(delivery).isEqualTo(NoticeDelivery.IMMEDIATE));
            assertThat(mine.timeZone()).isEqualTo("Europe/Berlin");
        }
        assertThat(preferences.timeZoneOf(person)).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(preferences.timeZoneOf(other)).as("no brand").isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void savedPreferencesDecideTheDeliveryOfMyNoticesOnly() {
        try (var signedIn = SignedIn.as(users, person)) {
            NoticeSettings saved = preferences.save(new NoticeSettings(choosing(NoticeKind.SLA_BREACH,
                    NoticeDelivery.DIGEST, NoticeKind.SOP_CHANGE, NoticeDelivery.IN_APP), "America/New_York"));
            assertThat(saved.deliveries()).containsEntry(NoticeKind.SLA_BREACH, NoticeDelivery.DIGEST)
                    .containsEntry(NoticeKind.SOP_CHANGE, NoticeDelivery.IN_APP)
                    .containsEntry(NoticeKind.REVIEW_REMINDER, NoticeDelivery.IMMEDIATE);
            assertThat(saved.timeZone()).isEqualTo("America/New_York");
        }
        assertThat(preferences.deliveryFor(person, NoticeKind.SLA_BREACH)).isEqualTo(NoticeDelivery.DIGEST);
        assertThat(preferences.timeZoneOf(person)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(preferences.deliveryFor(other, NoticeKind.SLA_BREACH)).as("someone else's")
                .isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(preferences.timeZoneOf(other)).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void crisisNoticesCannotBeSwitchedOffAndNothingIsWrittenThen() {
        try (var signedIn = SignedIn.as(users, person)) {
            Map<NoticeKind, NoticeDelivery> choices = choosing(NoticeKind.SLA_BREACH, NoticeDelivery.DIGEST,
                    NoticeKind.CRISIS, NoticeDelivery.IN_APP);
            assertThatThrownBy(() -> preferences.save(new NoticeSettings(choices, "Europe/Berlin")))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("crisis").containsValue(
                                    "Crisis notices always come at once: they cannot be switched off"));
            assertThatThrownBy(() -> preferences.choose(NoticeKind.CRISIS, NoticeDelivery.DIGEST))
                    .isInstanceOf(InvalidInput.class);
        }
        assertThat(preferences.deliveryFor(person, NoticeKind.SLA_BREACH)).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(preferences.deliveryFor(person, NoticeKind.CRISIS)).isEqualTo(NoticeDelivery.IMMEDIATE);
    }

    @Test
    void anUnknownTimeZoneIsNamedAtItsFieldAndNothingIsWritten() {
        try (var signedIn = SignedIn.as(users, person)) {
            Map<NoticeKind, NoticeDelivery> choices = choosing(NoticeKind.SLA_BREACH, NoticeDelivery.DIGEST);
            assertThatThrownBy(() -> preferences.save(new NoticeSettings(choices, "Mars/Olympus_Mons")))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("timeZone"));
            assertThatThrownBy(() -> preferences.save(new NoticeSettings(choices, " ")))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("timeZone"));
            Map<NoticeKind, NoticeDelivery> missing = choosing(NoticeKind.SLA_BREACH, NoticeDelivery.DIGEST);
            missing.remove(NoticeKind.PEOPLE);
            assertThatThrownBy(() -> preferences.save(new NoticeSettings(missing, "UTC")))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("people"));
        }
        assertThat(preferences.deliveryFor(person, NoticeKind.SLA_BREACH)).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(preferences.timeZoneOf(person)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void withoutASignedInPersonNobodysPreferencesAreReadOrChanged() {
        NoticeSettings settings = new NoticeSettings(choosing(NoticeKind.SLA_BREACH, NoticeDelivery.DIGEST), "UTC");
        assertThatThrownBy(() -> preferences.save(settings)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preferences.mySettings()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preferences.choose(NoticeKind.SLA_BREACH, NoticeDelivery.IN_APP))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(preferences.deliveryFor(person, NoticeKind.SLA_BREACH)).isEqualTo(NoticeDelivery.IMMEDIATE);
    }

    /** Every kind at once except the given kind/delivery pairs. */
    static Map<NoticeKind, NoticeDelivery> choosing(Object... pairs) {
        Map<NoticeKind, NoticeDelivery> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, NoticeDelivery.IMMEDIATE);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            choices.put((NoticeKind) pairs[i], (NoticeDelivery) pairs[i + 1]);
        }
        return choices;
    }
}
