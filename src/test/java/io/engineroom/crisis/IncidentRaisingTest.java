package io.engineroom.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.IntakeReceipt;
import io.engineroom.inbox.SpikeDetector;
import io.engineroom.inbox.SpikeSettings;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;

/**
 * Incidents on PostgreSQL: the inbox's negative spike raises one with the interactions that made it; later signals
 * and hand-raised incidents for the same brand join it; only the frontline roles of the brand raise by hand.
 */
@EngineRoomIntegrationTest
class IncidentRaisingTest {

    @Autowired
    IncidentService incidents;
    @Autowired
    ThreadPoolTaskExecutor applicationTaskExecutor;
    @Autowired
    InteractionIntake intake;
    @Autowired
    SpikeDetector spikes;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    long channel;

    @BeforeEach
    void aBrandWithASensitiveSpikeRule() {
        brand = "crisis-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Crisis Test", false));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@crisistest", true)).id();
        try (var admin = SignedIn.as(users, "admin")) {
            spikes.configure(brand, new SpikeSettings(3, Duration.ofMinutes(15)));
        }
        for (String user : List.of("community-manager", "copywriter", "crisis-lead")) {
            brands.addMember(brand, user);
        }
    }

    @Test
    void aSpikeRaisesOneIncidentWithItsInteractionsAndTheNextSignalJoinsIt() {
        long heardBefore = applicationTaskExecutor.getThreadPoolExecutor().getCompletedTaskCount();
        List<String> first = ids(intake.acceptAndStart(channel, List.of(complaint("a"), complaint("b"), complaint("c"))));

        // the crisis module hears the spike's signal after it has committed, on the module-event threads (base's
        // ModuleEventThreads), not on Camunda's job executor pool
        await().atMost(Duration.ofSeconds(30)).until(() -> !openIncidents().isEmpty()
                && applicationTaskExecutor.getThreadPoolExecutor().getCompletedTaskCount() > heardBefore);
        assertThat(applicationTaskExecutor.getThreadNamePrefix()).isEqualTo("module-event-");
        List<Long> open = openIncidents();
        assertThat(open).hasSize(1);
        assertThat(attached(open.get(0))).containsExactlyInAnyOrderElementsOf(first);
        assertThat(jdbc.queryForObject("select source from incident where id = ?", String.class, open.get(0)))
                .isEqualTo("SPIKE");

        // a person escalates another complaint: it joins the open incident instead of opening a second
        String later = ids(intake.acceptAndStart(channel, List.of(complaint("d")))).get(0);
        IncidentSummary joined;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            joined = incidents.raise(new RaiseIncident(brand, "Broken cups everywhere",
                    "Photos of broken cups are going round", List.of(later)));
        }

        assertThat(joined.joined()).isTrue();
        assertThat(joined.id()).isEqualTo(open.get(0));
        assertThat(openIncidents()).containsExactly(open.get(0));
        assertThat(attached(open.get(0))).hasSize(4).contains(later);
        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            assertThat(incidents.timeline(open.get(0))).extracting(TimelineEntry::what)
                    .anySatisfy(what -> assertThat(what).startsWith("Raised: Negative spike")
                            .contains("3 interactions attached"))
                    .anySatisfy(what -> assertThat(what).startsWith("Joined: Broken cups everywhere"));
        }
    }

    @Test
    void byHandOnlyFrontlineRolesOfTheBrandRaiseAndBadInputLeavesNothing() {
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> incidents.raise(new RaiseIncident(brand, "Outage", "App down", List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        String elsewhere = "beanleaf-only-" + UUID.randomUUID();
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            assertThatThrownBy(() -> incidents.raise(new RaiseIncident(brand, "", " ", List.of())))
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems()).containsOnlyKeys("title", "description"));
            assertThatThrownBy(() -> incidents.raise(new RaiseIncident(brand, "Outage", "App down",
                    List.of(elsewhere)))).isInstanceOf(InvalidInput.class).hasMessageContaining(elsewhere);
            assertThatThrownBy(() -> incidents.raise(new RaiseIncident("beanleaf-not-mine", "Outage", "App down",
                    List.of()))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(openIncidents()).isEmpty();

        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            IncidentSummary raised = incidents.raise(new RaiseIncident(brand, "Outage", "The app is down", List.of()));
            assertThat(raised.joined()).isFalse();
            assertThat(raised.source()).isEqualTo("MANUAL");
        }
        assertThat(openIncidents()).hasSize(1);
    }

    private List<Long> openIncidents() {
        return jdbc.queryForList("select id from incident where brand_id = ? and state = 'OPEN'", Long.class, brand);
    }

    private List<String> attached(long incident) {
        return jdbc.queryForList("select interaction_id from incident_interaction where incident_id = ?",
                String.class, incident);
    }

    private static List<String> ids(IntakeReceipt receipt) {
        return receipt.entries().stream().map(IntakeReceipt.Entry::interactionId).toList();
    }

    private static IncomingInteraction complaint(String externalId) {
        return new IncomingInteraction(externalId, InteractionKind.COMMENT, "@cup" + externalId, null,
                "The cup arrived broken and nobody answers. Terrible!", null, Instant.now(), null);
    }
}
