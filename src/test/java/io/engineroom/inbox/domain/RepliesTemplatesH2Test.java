package io.engineroom.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.Moderation;
import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.Sentiment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reply, template, moderation and correction tables on H2, the embedded default database (the integration
 * tests cover PostgreSQL): the migration applies, Hibernate's validation accepts the mappings, rows come back.
 */
@DataJpaTest
class RepliesTemplatesH2Test {

    static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    InteractionRepository interactions;
    @Autowired
    InteractionReplyRepository replies;
    @Autowired
    ResponseTemplateRepository templates;
    @Autowired
    ClassificationCorrectionRepository corrections;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    String interactionId;

    @BeforeEach
    void anInteraction() {
        jdbc.update("insert into brand (id, name, created_at) values ('h2brand', 'H2 Brand', current_timestamp)");
        jdbc.update("insert into channel (brand_id, platform, handle, connector, created_at) "
                + "values ('h2brand', 'MASTODON', '@h2', 'MASTODON', current_timestamp)");
        long channelId = jdbc.queryForObject("select id from channel where handle = '@h2'", Long.class);
        interactionId = interactions.saveAndFlush(new Interaction("h2brand", channelId, new IncomingInteraction("s-1",
                InteractionKind.COMMENT, "@ana", "Ana", "Hello", null, AT, null), new Classification(Sentiment.NEUTRAL,
                0, 0.5, Category.QUESTION, 0.5, "test"), AT)).getId();
    }

    @Test
    void aReplyIsRecordedThenFinishedAndItsKeyIsUnique() {
        InteractionReply reply = replies.saveAndFlush(new InteractionReply(interactionId, "key-1", "Hi Ana", "cm", AT));
        reply.finish(ReplyOutcome.SENT, "9", "https://social.example/9", null, AT.plusSeconds(1));
        replies.flush();
        entityManager.clear();

        InteractionReply read = replies.findByIdempotencyKey("key-1").orElseThrow();
        assertThat(read.getOutcome()).isEqualTo(ReplyOutcome.SENT);
        assertThat(read.getPostUrl()).isEqualTo("https://social.example/9");
        assertThat(read.getFinishedAt()).isEqualTo(AT.plusSeconds(1));
        assertThat(replies.findByInteractionIdInOrderByStartedAt(List.of(interactionId))).hasSize(1);
        assertThatThrownBy(() -> replies.saveAndFlush(new InteractionReply(interactionId, "key-1", "again", "cm", AT)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void templatesModerationAndCorrectionsAreKept() {
        templates.saveAndFlush(new ResponseTemplate("h2brand", "Thanks", "Thanks {author}"));
        interactions.findById(interactionId).orElseThrow().moderated(Moderation.SPAM, "cm", AT);
        corrections.saveAndFlush(new ClassificationCorrection(interactionId, "sentiment", "NEUTRAL", "NEGATIVE", "cm",
                AT));
        interactions.flush();
        entityManager.clear();

        assertThat(templates.findByBrandIdOrderByName("h2brand")).extracting(ResponseTemplate::getText)
                .containsExactly("Thanks {author}");
        assertThat(interactions.findById(interactionId).orElseThrow().getModeration()).isEqualTo(Moderation.SPAM);
        assertThat(corrections.findByInteractionIdOrderByCorrectedAt(interactionId))
                .extracting(ClassificationCorrection::getToValue).containsExactly("NEGATIVE");
    }
}
