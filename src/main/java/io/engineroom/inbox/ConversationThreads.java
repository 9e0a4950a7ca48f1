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
        List<InteractionSummary> written = interactions
                .findByBrandIdAndAuthorHandleOrderByOccurredAt(selected.getBrandId(), selected.getAuthorHandle())
                .stream().map(converter::of).toList();
        Map<String, InteractionSummary> byId = written.stream()
                .collect(Collectors.toMap(InteractionSummary::id, Function.identity()));
        List<ThreadEntry> entries = new ArrayList<>();
        written.forEach(one -> entries.add(new ThreadEntry(false, one.occurredAt(), one.authorDisplay(), one.text(),
                one.channelLabel(), one.id(), null, null)));
        for (InteractionReply reply : replies.findByInteractionIdInOrderByStartedAt(byId.keySet())) {
            InteractionSummary to = byId.get(reply.getInteractionId());
            entries.add(new ThreadEntry(true, reply.getStartedAt(), reply.getSentBy(), reply.getText(),
                    to.channelLabel(), to.id(), reply.getOutcome(),
                    reply.getPostUrl() != null ? reply.getPostUrl() : reply.getReason()));
        }
        entries.sort(Comparator.comparing(ThreadEntry::at));
        return new ConversationThread(selected.getBrandId(), selected.getAuthorHandle(), converter.of(selected),
                entries);
    }
}
