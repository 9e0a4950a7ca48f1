package io.engineroom.inbox;

import io.engineroom.base.OneNodeAtATime;
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

/**
 * Embeds, for "answered before", the answered interactions that lack an embedding by the current model: those taken
 * in before the intake stored each interaction's embedding with it (the classifier computes it anyway), or before a
 * change of model. A sweep on one worker thread of its own, when the application is ready and every
 * {@link #SWEEP_EVERY} after, in batches of {@value #BATCH}: only answered ones, as only those are ever compared
 * (an unanswered one without an embedding gets it when someone asks what was answered before it,
 * {@link SimilarInteractions}, one text, at once). A sweep rather than embedding on first search because a brand's
 * first search would otherwise wait for thousands of texts.
 *
 * <p>With several nodes, a sweep runs on one node at a time ({@link OneNodeAtATime}, lock
 * {@code interaction-embedding}, held nine tenths of {@link #SWEEP_EVERY} from its start): two nodes sweeping at
 * once would read the same batches and embed each text twice (the second store only overwrites the first, so this
 * is about the wasted model time, not correctness). A node that dies mid-sweep leaves the work to another node's
 * next sweep, once its lock has ended (nine tenths of {@link #SWEEP_EVERY} after its last renewal at the most).
 */
@Component
class InteractionEmbedder {

    static final int BATCH = 50;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(InteractionEmbedder.class);

    private final InteractionEmbeddingStore store;
    private final InteractionClassifier model;
    private final OneNodeAtATime oneNode;
    private final ThreadPoolTaskScheduler worker = new ThreadPoolTaskScheduler();

    InteractionEmbedder(InteractionEmbeddingStore store, InteractionClassifier model, OneNodeAtATime oneNode) {
        this.store = store;
        this.model = model;
        this.oneNode = oneNode;
        worker.setThreadNamePrefix("interaction-embedding-");
        worker.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSweeping() {
        worker.scheduleWithFixedDelay(this::sweepOnOneNode, worker.getClock().instant(), SWEEP_EVERY);
    }

    private void sweepOnOneNode() {
        try {
            oneNode.run("interaction-embedding", OneNodeAtATime.heldBetweenRuns(SWEEP_EVERY), this::sweep);
        } catch (RuntimeException e) {
            // the lock's database is away for a moment: the next sweep tries again (sweep itself never throws)
            LOG.warn("Embedding sweep not started: {}", e.toString());
        }
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
                store.store(one.interactionId(), one.brandId(), model.meaning(one.text()));
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
