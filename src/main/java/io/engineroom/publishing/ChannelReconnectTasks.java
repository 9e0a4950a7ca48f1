package io.engineroom.publishing;

import io.engineroom.brand.ChannelTokenRefused;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.workflow.LiveSops;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * A channel whose token its platform refused becomes one "Connect &lt;channel&gt; again" task for the brand's
 * social managers (the channel-reconnect SOP), never a silent failure and never a second task while one is open;
 * connecting the channel again finishes the task by itself. The refusal is heard after its transaction commits,
 * through the event publication registry, so a task that fails to start is tried again rather than lost.
 */
@Service
public class ChannelReconnectTasks {

    public static final String SOP_KEY = "channel-reconnect";
    /** The message that ends the open task when the channel is connected again. */
    public static final String CONNECTED = "channel-connected";

    private final RuntimeService runtimeService;
    private final LiveSops liveSops;
    private final EngineIdentity identity;

    ChannelReconnectTasks(RuntimeService runtimeService, LiveSops liveSops, EngineIdentity identity) {
        this.runtimeService = runtimeService;
        this.liveSops = liveSops;
        this.identity = identity;
    }

    /** The business key of a channel's reconnect instance. */
    public static String businessKey(long channelId) {
        return "channel:" + channelId + ":reconnect";
    }

    @ApplicationModuleListener
    public void on(ChannelTokenRefused refused) {
        open(refused);
    }

    /** Opens the task unless one is open for the channel; returns whether it opened one. */
    public boolean open(ChannelTokenRefused refused) {
        // the system's doing, not the person whose call the platform refused: no engine sign-in
        return identity.asSystem(() -> {
            String key = businessKey(refused.channelId());
            if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
                return false;
            }
            VariableMap variables = Variables.createVariables();
            ChannelReconnectVariables.BRAND.put(variables, refused.brandId());
            ChannelReconnectVariables.TITLE.put(variables, "Connect " + refused.channelLabel() + " again");
            ChannelReconnectVariables.CHANNEL_ID.put(variables, refused.channelId());
            ChannelReconnectVariables.CHANNEL_LABEL.put(variables, refused.channelLabel());
            ChannelReconnectVariables.TOKEN_PROBLEM.put(variables, refused.problem());
            liveSops.start(SOP_KEY, refused.brandId(), key, variables);
            return true;
        });
    }

    /** The channel is connected again: its open task, if any, is done. Returns how many instances it ended. */
    public int connected(long channelId) {
        return identity.asSystem(() -> runtimeService.createMessageCorrelation(CONNECTED)
                .processInstanceBusinessKey(businessKey(channelId)).correlateAllWithResult().size());
    }
}
