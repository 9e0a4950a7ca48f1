package io.engineroom.notification.chat;

import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.OutboundChannel;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboundPost;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The outbox's team chat: posts a delivery's JSON to its chat target's incoming webhook, once per attempt (the
 * outbox retries; {@link OutboundPost} says which answers are worth another try). A deactivated or deleted target
 * gets nothing.
 */
@Component
class ChatChannel implements OutboundChannel {

    private final ChatTargetStore targets;
    private final OutboundPost post;

    ChatChannel(ChatTargetStore targets, OutboundPost post) {
        this.targets = targets;
        this.post = post;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.CHAT;
    }

    @Override
    public DeliveryResult deliver(OutboundDelivery delivery) {
        Optional<StoredTarget> found = delivery.targetId() == null ? Optional.empty()
                : targets.find(delivery.targetId());
        if (found.isEmpty()) {
            return DeliveryResult.refused("The chat target is gone", null, null);
        }
        StoredTarget target = found.get();
        if (!target.active()) {
            return DeliveryResult.refused("\"" + target.name() + "\" was deactivated", null, null);
        }
        return post.post(URI.create(target.webhookUrl()), delivery.payload().getBytes(StandardCharsets.UTF_8),
                Map.of());
    }
}
