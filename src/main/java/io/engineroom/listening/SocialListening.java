package io.engineroom.listening;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.TextSentiment;
import io.engineroom.listening.PublicSource.ListeningPlan;
import io.engineroom.listening.PublicSource.SourceRead;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls the public sources for every active brand's tracked terms: each source's new posts are classified with
 * the inbox's model, stored as mentions (once per brand and post, however many terms or polls find it) and the
 * source's cursors moved, all in one transaction per source, so a crash reads the same posts again rather than
 * skipping them. Then the brand's negative spike rule is checked ({@link ListeningSpikes}). Runs as the system:
 * no person's rights are involved in reading public posts.
 */
@Service
public class SocialListening {

    private static final Logger LOG = LoggerFactory.getLogger(SocialListening.class);

    private final TrackedTerms terms;
    private final List<PublicSource> sources;
    private final TextSentiment sentiment;
    private final ListeningSpikes spikes;
    private final BrandService brands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SocialListening(TrackedTerms terms, List<PublicSource> sources, TextSentiment sentiment, ListeningSpikes spikes,
            BrandService brands, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.terms = terms;
        this.sources = List.copyOf(sources);
        this.sentiment = sentiment;
        this.spikes = spikes;
        this.brands = brands;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every active brand that tracks something; one brand's trouble does not stop the others. */
    public void pollAll() {
        for (BrandSummary brand : brands.active()) {
            try {
                poll(brand.id());
            } catch (RuntimeException e) {
                LOG.warn("Listening of brand {} not done: {}", brand.id(), e.toString());
            }
        }
    }

    /** Reads the brand's sources, stores the new mentions and checks the spike rule; the number of new mentions. */
    public int poll(String brandId) {
        List<TrackedTerm> tracked = terms.termsOf(brandId);
        if (tracked.isEmpty()) {
            return 0;
        }
        String server = terms.serverOf(brandId).orElse(null);
        int stored = 0;
        for (PublicSource source : sources) {
            SourceRead read = source.read(new ListeningPlan(brandId, server, tracked, cursors(brandId, source)));
            Map<FoundPost, Classification> classified = new HashMap<>();
            read.posts().forEach(post -> classified.put(post, sentiment.classify(post.text())));
            Integer added = transaction.execute(status -> store(brandId, source, read, classified));
            stored += added == null ? 0 : added;
        }
        spikes.check(brandId);
        return stored;
    }

    private Map<String, String> cursors(String brandId, PublicSource source) {
        Map<String, String> cursors = new HashMap<>();
        jdbc.query("select stream, last_id from listening_stream_cursor where brand_id = ? and stream like ?",
                row -> {
                    cursors.put(row.getString(1).substring(source.name().length() + 1), row.getString(2));
                }, brandId, source.name() + ":%");
        return cursors;
    }

    private int store(String brandId, PublicSource source, SourceRead read, Map<FoundPost, Classification> classified) {
        // one store at a time per brand: two nodes polling at once cannot both insert the same post
        jdbc.queryForList("select id from brand where id = ? for update", brandId);
        Instant now = clock.instant();
        int added = 0;
        for (FoundPost post : read.posts()) {
            Classification reading = classified.get(post);
            Instant occurred = post.occurredAt() == null || post.occurredAt().isAfter(now) ? now : post.occurredAt();
            added += jdbc.update("""
                    insert into listening_mention (brand_id, source, external_id, term_kind, term, competitor, author,
                        text, url, occurred_at, received_at, sentiment, sentiment_score)
                    select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from listening_mention
                        where brand_id = ? and source = ? and external_id = ?)""",
                    brandId, source.name(), post.externalId(), post.term().kind().name(), post.term().term(),
                    post.term().competitor(), post.author(), post.text(), post.url(), Timestamp.from(occurred),
                    Timestamp.from(now), reading.sentiment().name(), reading.sentimentScore(), brandId,
                    source.name(), post.externalId());
        }
        read.cursors().forEach((stream, lastId) -> {
            String key = source.name() + ":" + stream;
            if (jdbc.update("update listening_stream_cursor set last_id = ?, polled_at = ? where brand_id = ?"
                    + " and stream = ?", lastId, Timestamp.from(now), brandId, key) == 0) {
                jdbc.update("insert into listening_stream_cursor (brand_id, stream, last_id, polled_at)"
                        + " values (?, ?, ?, ?)", brandId, key, lastId, Timestamp.from(now));
            }
        });
        return added;
    }
}
