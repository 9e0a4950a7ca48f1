package io.engineroom.publishing;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;

/**
 * The variables of the channel-health SOP (processes/channel-health.bpmn and the channel-silent form), each named
 * once with its type, saying who writes it and who reads it.
 */
public final class ChannelHealthVariables {

    /** The channel's brand, set by ChannelCadence when the channel-silent message starts it; the instance's tenant. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;
    /** "&lt;channel&gt;: no post for n days", set by ChannelCadence at the start; the inbox shows it. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;
    /** The silent channel's id, set by ChannelCadence at the start; for people reading the instance. */
    public static final SopVariable<Long> CHANNEL_ID = SopVariable.number("channelId");
    /** The silent channel's name, set by ChannelCadence at the start; the channel-silent form shows it. */
    public static final SopVariable<String> CHANNEL_LABEL = SopVariable.text("channelLabel");
    /** When and what the channel last posted, set by ChannelCadence at the start; the form shows it. */
    public static final SopVariable<String> LAST_POST = SopVariable.text("lastPost");
    /** Whole days without a post, set by ChannelCadence at the start; the form shows it. */
    public static final SopVariable<Long> SILENT_DAYS = SopVariable.number("silentDays");
    /** What happens now: the channel-silent form; for people reading the instance. */
    public static final SopVariable<String> REVIVE_ACTION = SopVariable.text("reviveAction");
    /** What is planned, or why it stays quiet: the channel-silent form; for people reading the instance. */
    public static final SopVariable<String> REVIVE_NOTE = SopVariable.text("reviveNote");
    /** How many revive tasks the morning check opened: FindSilentChannels; for people reading the instance. */
    public static final SopVariable<Integer> REVIVE_TASKS_OPENED = SopVariable.count("reviveTasksOpened");

    private ChannelHealthVariables() {
    }
}
