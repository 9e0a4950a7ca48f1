package io.engineroom.notification.chat;

import io.engineroom.base.TeamEventType;
import java.util.Set;

/**
 * A brand's team chat as the screens show it: its webhook address only by host, because the address itself is the
 * chat's secret (whoever has it can post there).
 *
 * @param host   the webhook address's host, such as {@code hooks.slack.com}
 * @param topics the events it hears about
 */
public record ChatTarget(long id, String brandId, ChatPlatform platform, String name, String host,
        Set<TeamEventType> topics, boolean active) {

    public ChatTarget {
        topics = Set.copyOf(topics);
    }
}
