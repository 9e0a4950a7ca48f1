package io.engineroom.inbox;

import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionEmbeddingStore.Unembedded;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Embeds interactions for "answered before", on one worker thread of its own:
 * <ul>
 * <li>each delivery's new interactions right after they are committed: off the intake's thread, so taking
 * interactions in is no slower (the model needs a few milliseconds a text) and a failure to embed can never lose
 * one;</li>
 * <li>a sweep when the application is ready and every {@link #SWEEP_EVERY} after, in batches of {@value #BATCH}:
 * answered interactions from before this table existed, or whose embedding failed or was lost in a restart. Only
 * answered ones, as only those are ever compared: an unanswered one is embedded when someone opens its Respond
 * task ({@link SimilarInteractions}), one text, at once. A sweep rather than embedding on first search because a
 * brand's first search would otherwise wait for thousands of texts.</li>
 * </ul>
 */
@Component
class InteractionEmbedder {

    static final int BATCH = 50;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(InteractionEmbedder.class);

    private final InteractionEmbeddingStore store;
    private final SentenceEmbeddings model;
    private final ThreadPoolTaskScheduler worker = new ThreadPoolTaskScheduler();

    InteractionEmbedder(InteractionEmbeddingStore store, SentenceEmbeddings model) {
        this.store = store;
        this.model = model;
        worker.setThreadNamePrefix("interaction-embedding-");
        worker.initialize();
    }

    @TransactionalEventListener
    void onReceived(InteractionsReceived received) {
        List<String> ids = received.interactions().stream().map(InteractionsReceived.Received::interactionId)
                .toList();
        try {
            worker.execute(() -> embedAll(store.without(ids)));
        } catch (RuntimeException shuttingDown) {
            // after the commit: the intake has succeeded, so say nothing to it; the sweep or the search embeds them
            LOG.warn("Embedding {} new interactions left for later: {}", ids.size(), shuttingDown.toString());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSweeping() {
        worker.scheduleWithFixedDelay(this::sweep, worker.getClock().instant(), SWEEP_EVERY);
    }

    /** Embeds answered interactions that lack an embedding until none is left; how many it embedded. */
    int sweep() {
        int embedded = 0;
        try {
            List<Unembedded> batch = store.answeredWithout(BATCH);
            while (!batch.isEmpty()) {
                int done = embedAll(batch);
                embedded += done;
                if (done < batch.size()) {
                    break; // the rest failed: the next sweep tries again rather than this one looping on them
                }
                batch = store.answeredWithout(BATCH);
            }
        } catch (RuntimeException e) {
            LOG.warn("Embedding answered interactions stopped after {}: {}", embedded, e.toString());
        }
        if (embedded > 0) {
            LOG.info("Embedded {} answered interactions for \"answered before\"", embedded);
        }
        return embedded;
    }

    private int embedAll(List<Unembedded> interactions) {
        int done = 0;
        for (Unembedded one : interactions) {
            try {
                store.store(one.interactionId(), one.brandId(), model.embed(one.text()));
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Could not embed interaction {}: {}", one.interactionId(), e.toString());
            }
        }
        return done;
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
