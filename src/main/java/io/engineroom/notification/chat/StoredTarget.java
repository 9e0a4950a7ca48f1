package io.engineroom.notification.chat;

import io.engineroom.base.TeamEventType;
import java.net.URI;
import java.util.Set;

/** A chat target with its webhook address: for this package only, which posts to it and never shows it. */
record StoredTarget(long id, String brandId, ChatPlatform platform, String name, String webhookUrl,
        Set<TeamEventType> topics, boolean active) {

    StoredTarget {
        topics = Set.copyOf(topics);
    }

    /** As the screens show it: the address by its host only. */
    ChatTarget shown() {
        String host = URI.create(webhookUrl).getHost();
        return new ChatTarget(id, brandId, platform, name, host == null ? "?" : host, topics, active);
    }

    /** The address left out: it is the chat's secret, and a record's own toString would put it in a log. */
    @Override
    public String toString() {
        return "StoredTarget[" + id + ", " + brandId + ", " + platform + ", " + name + "]";
    }
}
