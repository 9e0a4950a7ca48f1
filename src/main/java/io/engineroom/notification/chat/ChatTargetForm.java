package io.engineroom.notification.chat;

import io.engineroom.base.TeamEventType;
import java.util.Set;

/**
 * What a person enters for a chat target. Field names are the problem keys of a refusal.
 *
 * @param webhookUrl the incoming webhook's address; blank when editing keeps the saved one
 */
public record ChatTargetForm(ChatPlatform platform, String name, String webhookUrl, Set<TeamEventType> topics,
        boolean active) {
}
