package io.engineroom.notification.chat;

/** The team chats Engine Room posts to, each through its incoming webhook and in its own message format. */
public enum ChatPlatform {
    SLACK("Slack"),
    TEAMS("Microsoft Teams"),
    MATTERMOST("Mattermost");

    private final String label;

    ChatPlatform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
