package io.engineroom.inbox.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionReplyRepository extends JpaRepository<InteractionReply, Long> {

    Optional<InteractionReply> findByIdempotencyKey(String idempotencyKey);

    /** The replies to a thread's interactions, first sent first. */
    List<InteractionReply> findByInteractionIdInOrderByStartedAt(Collection<String> interactionIds);
}
