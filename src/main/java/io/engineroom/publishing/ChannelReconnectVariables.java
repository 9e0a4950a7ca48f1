package io.engineroom.publishing;

import io.engineroom.workflow.SopVariable;
import io.engineroom.workflow.SopVariables;

/**
 * The variables of the channel-reconnect SOP (processes/channel-reconnect.bpmn and the channel-reconnect form), each
 * named once with its type, saying who writes it and who reads it.
 */
public final class ChannelReconnectVariables {

    /** The channel's brand, set by ChannelReconnectTasks at the start; the instance's tenant. */
    public static final SopVariable<String> BRAND = SopVariables.BRAND;
    /** "Connect &lt;channel&gt; again", set at the start; the inbox shows it. */
    public static final SopVariable<String> TITLE = SopVariables.TITLE;
    /** The channel whose token was refused, set at the start; for people reading the instance. */
    public static final SopVariable<Long> CHANNEL_ID = SopVariable.number("channelId");
    /** The channel's name, set at the start; the form shows it. */
    public static final SopVariable<String> CHANNEL_LABEL = SopVariable.text("channelLabel");
    /** What the platform said when it refused the token, set at the start; the form shows it. */
    public static final SopVariable<String> TOKEN_PROBLEM = SopVariable.text("tokenProblem");
    /** What the person did: the form ("connected" or "retired"); for people reading the instance. */
    public static final SopVariable<String> RECONNECT_ACTION = SopVariable.text("reconnectAction");
    /** Why, in a few words: the form; for people reading the instance. */
    public static final SopVariable<String> RECONNECT_NOTE = SopVariable.text("reconnectNote");

    private ChannelReconnectVariables() {
    }
}
