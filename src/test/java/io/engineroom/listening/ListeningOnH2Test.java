package io.engineroom.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.base.OutboundAddresses;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.CurrentUser;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.CrisisSignal;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.TextSentiment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The poll's storing and spike check on H2, the database `./mvnw` runs on (the integration tests run PostgreSQL):
 * the migration applies, a post read twice is stored once, and five negative posts raise one signal, not two.
 */
class ListeningOnH2Test {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    final JdbcTemplate jdbc;
    final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    final TextSentiment sentiment = mock(TextSentiment.class);
    final List<FoundPost> served = new ArrayList<>();
    final TrackedTerm hashtag = new TrackedTerm(1, "h2brand", TermKind.HASHTAG, "beanleaf", null);
    SocialListening listening;

    ListeningOnH2Test() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:listening-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
        jdbc = new JdbcTemplate(database);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        jdbc.update("insert into brand (id, name, created_at) values ('h2brand', 'H2 brand', current_timestamp)");
        jdbc.update("insert into listening_term (brand_id, kind, term, created_by, created_at)"
                + " values ('h2brand', 'HASHTAG', 'beanleaf', 'test', current_timestamp)");
        TrackedTerms terms = new TrackedTerms(jdbc, new ListeningAccess(mock(CurrentUser.class),
                mock(BrandService.class)), mock(ChannelService.class), OutboundAddresses.ANY, events, clock);
        PublicSource source = new PublicSource() {
            @Override
            public String name() {
                return "TEST";
            }

            @Override
            public SourceRead read(ListeningPlan plan) {
                return new SourceRead(served, Map.of("hashtag:beanleaf", "9"));
            }
        };
        listening = new SocialListening(terms, List.of(source), sentiment,
                new ListeningSpikes(jdbc, events, clock), mock(BrandService.class), jdbc,
                new DataSourceTransactionManager(database), clock);
    }

    @BeforeEach
    void everyPostReadsNegative() {
        when(sentiment.classify(anyString())).thenReturn(new Classification(Sentiment.NEGATIVE, -0.8, 0.9,
                Category.COMPLAINT, 0.9, "test"));
    }

    @Test
    void aPostReadTwiceIsStoredOnceAndFiveNegativeOnesRaiseOneSignal() {
        for (int i = 1; i <= 4; i++) {
            served.add(post(String.valueOf(i)));
        }
        assertThat(listening.poll("h2brand")).isEqualTo(4);
        assertThat(listening.poll("h2brand")).as("the same posts again").isZero();
        verify(events, times(0)).publishEvent(any(CrisisSignal.class));

        served.add(post("5"));
        assertThat(listening.poll("h2brand")).isEqualTo(1);
        served.add(post("6"));
        assertThat(listening.poll("h2brand")).isEqualTo(1);

        verify(events, times(1)).publishEvent(any(CrisisSignal.class));
        assertThat(jdbc.queryForObject("select count(*) from listening_mention", Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select last_id from listening_stream_cursor where stream = ?", String.class,
                "TEST:hashtag:beanleaf")).isEqualTo("9");
        assertThat(new ListeningFigures(jdbc, new ListeningAccess(mock(CurrentUser.class), mock(BrandService.class)))
                .latest("h2brand", 2)).extracting(Mention::term).containsExactly("#beanleaf", "#beanleaf");
        assertThat(Optional.ofNullable(jdbc.queryForObject("select negative_count from listening_spike",
                Integer.class))).contains(5);
    }

    private FoundPost post(String id) {
        return new FoundPost(id, hashtag, "@someone@m.example", "Terrible " + id, null,
                NOW.minus(Duration.ofMinutes(10)));
    }
}
