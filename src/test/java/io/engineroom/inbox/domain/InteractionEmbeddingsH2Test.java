package io.engineroom.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Answered before" on H2, the embedded default database (AnsweredBeforeTest covers PostgreSQL): the V45 table keeps
 * embeddings as bytes, the candidates are the brand's answered interactions outside the asker's thread, and the real
 * model ranks the same question asked in other words above another matter.
 */
@DataJpaTest
@Import({InteractionEmbeddingStore.class, InteractionEmbeddingsH2Test.Config.class})
class InteractionEmbeddingsH2Test {

    static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    static SentenceEmbeddings model;

    @TestConfiguration
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(AT.plus(30, ChronoUnit.DAYS), ZoneOffset.UTC);
        }
    }

    @Autowired
    InteractionEmbeddingStore store;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    InteractionReplyRepository replies;
    @Autowired
    JdbcTemplate jdbc;

    long channel;
    long otherChannel;
    int minutes;

    @BeforeAll
    static void loadTheModel() {
        model = new SentenceEmbeddings();
    }

    @BeforeEach
    void twoBrands() {
        jdbc.update("insert into brand (id, name, created_at) values ('h2cafe', 'Cafe', current_timestamp)");
        jdbc.update("insert into brand (id, name, created_at) values ('h2other', 'Other', current_timestamp)");
        channel = channel("h2cafe", "@cafe");
        otherChannel = channel("h2other", "@other");
    }

    @Test
    void anEmbeddingIsKeptAsBytesAndComesBackTheSame() {
        String id = interaction(channel, "h2cafe", "@ana", "Hello");
        float[] embedding = model.embed("Hello");

        store.store(id, "h2cafe", embedding);

        assertThat(store.find(id)).hasValueSatisfying(read -> assertThat(read).containsExactly(embedding));
        assertThat(jdbc.queryForObject("select octet_length(embedding) from interaction_embedding"
                + " where interaction_id = ?", Integer.class, id)).isEqualTo(384 * Float.BYTES);
        assertThat(jdbc.queryForObject("select model from interaction_embedding where interaction_id = ?",
                String.class, id)).isEqualTo(SentenceEmbeddings.MODEL);
    }

    @Test
    void theIntakesRowIsAddedInItsTransactionAndNeverOverwritesOne() {
        String id = interaction(channel, "h2cafe", "@ana", "Hello");
        float[] embedding = model.embed("Hello");

        store.add(id, "h2cafe", embedding);

        assertThat(store.find(id)).hasValueSatisfying(read -> assertThat(read).containsExactly(embedding));
        assertThat(jdbc.queryForObject("select brand_id from interaction_embedding where interaction_id = ?",
                String.class, id)).isEqualTo("h2cafe");
        // an intake that found a row already there would be a second intake of one interaction: it fails, loudly
        assertThatThrownBy(() -> store.add(id, "h2cafe", new float[] {1, 0}))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void storingAgainReplacesAnEmbeddingOfAnotherModel() {
        String id = interaction(channel, "h2cafe", "@ana", "Hello");
        store.store(id, "h2cafe", new float[] {1, 0});
        jdbc.update("update interaction_embedding set model = 'an-older-model' where interaction_id = ?", id);
        assertThat(store.find(id)).isEmpty();

        store.store(id, "h2cafe", new float[] {0, 1});

        assertThat(store.find(id)).hasValueSatisfying(read -> assertThat(read).containsExactly(0, 1));
        assertThat(jdbc.queryForObject("select count(*) from interaction_embedding", Integer.class)).isOne();
    }

    @Test
    void candidatesAreTheBrandsAnsweredInteractionsOutsideTheAskersThreadNewestFirst() {
        String old = answered(channel, "h2cafe", "@bo", "Old question", ReplyOutcome.SENT);
        String newer = answered(channel, "h2cafe", "@cy", "Newer question", ReplyOutcome.SENT);
        String failedReply = answered(channel, "h2cafe", "@di", "Reply failed", ReplyOutcome.FAILED);
        String unanswered = interaction(channel, "h2cafe", "@ed", "Never answered");
        String sameAuthor = answered(channel, "h2cafe", "@ana", "Ana asked before", ReplyOutcome.SENT);
        String otherBrand = answered(otherChannel, "h2other", "@fi", "Another brand's", ReplyOutcome.SENT);
        String asking = interaction(channel, "h2cafe", "@ana", "Ana asks now");
        for (String id : List.of(old, newer, failedReply, unanswered, sameAuthor, asking)) {
            store.store(id, "h2cafe", new float[] {1, 0});
        }
        store.store(otherBrand, "h2other", new float[] {1, 0});

        assertThat(store.answered("h2cafe", asking, "@ana", 10))
                .extracting(InteractionEmbeddingStore.Candidate::interactionId)
                .containsExactly(newer, old);
        assertThat(store.answered("h2cafe", asking, "@ana", 1))
                .extracting(InteractionEmbeddingStore.Candidate::interactionId)
                .containsExactly(newer);
    }

    @Test
    void theSweepFindsAnsweredInteractionsWithoutAnEmbeddingOnly() {
        String answered = answered(channel, "h2cafe", "@bo", "Answered, not embedded", ReplyOutcome.SENT);
        String embedded = answered(channel, "h2cafe", "@cy", "Answered and embedded", ReplyOutcome.SENT);
        interaction(channel, "h2cafe", "@di", "Not answered");
        store.store(embedded, "h2cafe", model.embed("Answered and embedded"));

        assertThat(store.answeredWithout(10)).extracting(InteractionEmbeddingStore.Unembedded::interactionId)
                .containsExactly(answered);
    }

    @Test
    void theSameQuestionInOtherWordsRanksAboveAnotherMatterWhichFallsBelowTheMinimum() {
        String saturday = answered(channel, "h2cafe", "@bo", "What time do you open on Saturday?", ReplyOutcome.SENT);
        String sunday = answered(channel, "h2cafe", "@cy", "Are you open on Sundays? What are your hours?",
                ReplyOutcome.SENT);
        String refund = answered(channel, "h2cafe", "@di", "I want a refund, my order arrived broken.",
                ReplyOutcome.SENT);
        String asking = interaction(channel, "h2cafe", "@ana", "When do you open at the weekend?");
        for (String id : List.of(saturday, sunday, refund, asking)) {
            store.store(id, "h2cafe", model.embed(interactions.findById(id).orElseThrow().getText()));
        }

        List<SimilarInteractions.Match> best = SimilarInteractions.nearest(store.find(asking).orElseThrow(),
                store.answered("h2cafe", asking, "@ana", SimilarInteractions.MAX_CANDIDATES), 3,
                SimilarInteractions.MIN_SIMILARITY);

        assertThat(best).extracting(SimilarInteractions.Match::interactionId)
                .containsExactlyInAnyOrder(saturday, sunday);
        assertThat(best).allSatisfy(match -> assertThat(match.similarity()).isBetween(
                SimilarInteractions.MIN_SIMILARITY, 1.0));
    }

    private long channel(String brandId, String handle) {
        jdbc.update("insert into channel (brand_id, platform, handle, connector, created_at) "
                + "values (?, 'MASTODON', ?, 'MASTODON', current_timestamp)", brandId, handle);
        return jdbc.queryForObject("select id from channel where handle = ?", Long.class, handle);
    }

    private String interaction(long channelId, String brandId, String author, String text) {
        Instant at = AT.plus(minutes++, ChronoUnit.MINUTES);
        return interactions.saveAndFlush(new Interaction(brandId, channelId, new IncomingInteraction("x-" + minutes,
                InteractionKind.COMMENT, author, null, text, null, at, null), new Classification(Sentiment.NEUTRAL,
                0, 0.5, Category.QUESTION, 0.5, "test"), at)).getId();
    }

    private String answered(long channelId, String brandId, String author, String text, ReplyOutcome outcome) {
        String id = interaction(channelId, brandId, author, text);
        InteractionReply reply = replies.saveAndFlush(new InteractionReply(id, "key-" + id, "Reply to " + text, "cm",
                AT));
        reply.finish(outcome, null, null, null, AT);
        replies.flush();
        return id;
    }
}
