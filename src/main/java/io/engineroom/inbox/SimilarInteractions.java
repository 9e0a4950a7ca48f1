package io.engineroom.inbox;

import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import io.engineroom.inbox.domain.InteractionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "Answered before": the past interactions of a brand that mean most nearly what a new one means, with the reply
 * that went out to each, so whoever answers sees how the team answered the same question last time.
 * <p>
 * Compared in Java, not in SQL: neither H2 nor PostgreSQL without an extension (pgvector) computes a cosine, and
 * a brand's candidates are bounded to its {@value #MAX_CANDIDATES} most recent answered interactions, about 7.5 MB
 * of embeddings read along the {@code interaction_received} index and 2 million multiply-adds: a few milliseconds
 * of arithmetic, the read dominating (AnsweredBeforeBenchmark measures both).
 */
@Service
public class SimilarInteractions {

    public static final int SHOWN = 3;
    /**
     * Below this, all-MiniLM-L6-v2 says "same shop, another matter": paraphrases of one question score about 0.6 to
     * 0.9, two different customer messages to one brand about 0.1 to 0.4. Showing a reply to another matter would
     * mislead more than showing nothing.
     */
    public static final double MIN_SIMILARITY = 0.5;
    /** The newest answered interactions of a brand that are compared; older answers rarely still hold anyway. */
    public static final int MAX_CANDIDATES = 5_000;

    /** A candidate and how close it is, 1 the same meaning. */
    public record Match(String interactionId, double similarity) {
    }

    private final InboxAccess access;
    private final InteractionEmbeddingStore embeddings;
    private final InteractionClassifier model;
    private final InteractionRepository interactions;
    private final InteractionReplyRepository replies;

    SimilarInteractions(InboxAccess access, InteractionEmbeddingStore embeddings, InteractionClassifier model,
            InteractionRepository interactions, InteractionReplyRepository replies) {
        this.access = access;
        this.embeddings = embeddings;
        this.model = model;
        this.interactions = interactions;
        this.replies = replies;
    }

    /**
     * Up to {@value #SHOWN} answered interactions of the brand most like this one, most similar first, outside its
     * own thread (its author's other messages, which the conversation shows already). For a member of the brand in
     * an inbox role only; another brand's id is "not found", as everywhere in the inbox.
     */
    public List<AnsweredBefore> answeredBefore(String interactionId) {
        Interaction asked = access.interaction(interactionId);
        float[] meaning = embeddings.find(asked.getId()).orElseGet(() -> embedNow(asked));
        List<Match> best = nearest(meaning, embeddings.answered(asked.getBrandId(), asked.getId(),
                asked.getAuthorHandle(), MAX_CANDIDATES), SHOWN, MIN_SIMILARITY);
        if (best.isEmpty()) {
            return List.of();
        }
        List<String> ids = best.stream().map(Match::interactionId).toList();
        Map<String, Interaction> byId = interactions.findAllById(ids).stream()
                .collect(Collectors.toMap(Interaction::getId, Function.identity()));
        Map<String, InteractionReply> firstSent = new HashMap<>();
        for (InteractionReply reply : replies.findByInteractionIdInOrderByStartedAt(ids)) {
            if (reply.getOutcome() == ReplyOutcome.SENT) {
                firstSent.putIfAbsent(reply.getInteractionId(), reply);
            }
        }
        List<AnsweredBefore> shown = new ArrayList<>();
        for (Match match : best) {
            Interaction past = byId.get(match.interactionId());
            InteractionReply reply = firstSent.get(match.interactionId());
            if (past == null || reply == null || !past.getBrandId().equals(asked.getBrandId())) {
                continue;
            }
            shown.add(new AnsweredBefore(past.getId(), match.similarity(), past.getText(), past.getAuthorHandle(),
                    past.getOccurredAt(), reply.getText(), reply.getSentBy(), reply.getStartedAt()));
        }
        return shown;
    }

    /**
     * Taken in before the intake stored embeddings, or embedded by another model: now, as the intake would have, and
     * kept for next time.
     */
    private float[] embedNow(Interaction asked) {
        float[] meaning = model.meaning(asked.getText());
        embeddings.store(asked.getId(), asked.getBrandId(), meaning);
        return meaning;
    }

    /**
     * The {@code count} candidates most similar to {@code meaning} at {@code minimum} or above, most similar first
     * (ties: the newer, which comes first among the candidates). One pass, keeping only the best few.
     */
    public static List<Match> nearest(float[] meaning, List<InteractionEmbeddingStore.Candidate> candidates, int count,
            double minimum) {
        Comparator<Match> worstFirst = Comparator.comparingDouble(Match::similarity);
        PriorityQueue<Match> best = new PriorityQueue<>(worstFirst);
        for (InteractionEmbeddingStore.Candidate candidate : candidates) {
            double similarity = SentenceEmbeddings.similarity(meaning, candidate.embedding());
            if (similarity < minimum) {
                continue;
            }
            if (best.size() < count) {
                best.add(new Match(candidate.interactionId(), similarity));
            } else if (similarity > best.peek().similarity()) {
                best.poll();
                best.add(new Match(candidate.interactionId(), similarity));
            }
        }
        List<Match> ordered = new ArrayList<>(best);
        ordered.sort(worstFirst.reversed());
        return ordered;
    }
}
