package io.engineroom.inbox;

import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import io.engineroom.inbox.domain.InteractionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Conversation threads: everything one author sent a brand, and what the brand replied, in time order. */
@Service
public class ConversationThreads {

    private final InteractionRepository interactions;
    private final InteractionReplyRepository replies;
    private final InteractionSummaries summaries;
    private final InboxAccess access;

    ConversationThreads(InteractionRepository interactions, InteractionReplyRepository replies,
            InteractionSummaries summaries, InboxAccess access) {
        this.interactions = interactions;
        this.replies = replies;
        this.summaries = summaries;
        this.access = access;
    }

    /** The thread of the interaction's author with its brand, for a member of the brand in an inbox role. */
    @Transactional(readOnly = true)
    public ConversationThread of(String interactionId) {
        Interaction selected = access.interaction(interactionId);
        InteractionSummaries.Converter converter = summaries.converter();
        List<Interaction> records = interactions
                .findByBrandIdAndAuthorHandleOrderByOccurredAt(selected.getBrandId(), selected.getAuthorHandle());
        Map<String, String> moderations = new java.util.HashMap<>();
        records.forEach(record -> moderations.put(record.getId(), moderation(record)));
        List<InteractionSummary> written = records.stream().map(converter::of).toList();
        Map<String, InteractionSummary> byId = written.stream()
                .collect(Collectors.toMap(InteractionSummary::id, Function.identity()));
        List<ThreadEntry> entries = new ArrayList<>();
        written.forEach(one -> entries.add(new ThreadEntry(false, one.occurredAt(), one.authorDisplay(), one.text(),
                one.channelLabel(), one.id(), null, null, moderations.get(one.id()))));
        for (InteractionReply reply : replies.findByInteractionIdInOrderByStartedAt(byId.keySet())) {
            InteractionSummary to = byId.get(reply.getInteractionId());
            entries.add(new ThreadEntry(true, reply.getStartedAt(), reply.getSentBy(), reply.getText(),
                    to.channelLabel(), to.id(), reply.getOutcome(),
                    reply.getPostUrl() != null ? reply.getPostUrl() : reply.getReason(), null));
        }
        entries.sort(Comparator.comparing(ThreadEntry::at));
        return new ConversationThread(selected.getBrandId(), selected.getAuthorHandle(), converter.of(selected),
                entries);
    }

    /**
     * What came of the interaction's moderation, as its record says: chosen (not applied yet), done on the
     * platform, or left to a person ("Moderate by hand") and whether they did it.
     */
    static String moderation(Interaction interaction) {
        if (interaction.getModeration() == null) {
            return null;
        }
        String chosen = interaction.getModeration().variable() + " (chosen by " + interaction.getModeratedBy() + ")";
        ModerationState outcome = interaction.getModerationOutcome();
        if (outcome == null) {
            return chosen + ": not applied on the platform yet";
        }
        if (outcome == ModerationState.APPLIED) {
            return chosen + ": done on the platform" + (interaction.getModerationDetail() == null ? ""
                    : " (" + interaction.getModerationDetail() + ")");
        }
        if (interaction.getModerationDoneBy() != null) {
            return chosen + ": done by hand by " + interaction.getModerationDoneBy()
                    + (interaction.getModerationDoneNote() == null || interaction.getModerationDoneNote().isBlank()
                            ? "" : " (" + interaction.getModerationDoneNote() + ")");
        }
        return chosen + ": " + (outcome == ModerationState.FAILED ? "the platform did not do it" : "no API for it")
                + ", to do by hand" + (interaction.getModerationDetail() == null ? ""
                        : ": " + interaction.getModerationDetail());
    }
}
