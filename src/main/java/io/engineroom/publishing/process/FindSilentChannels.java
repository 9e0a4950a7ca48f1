package io.engineroom.publishing.process;

import io.engineroom.publishing.ChannelCadence;
import io.engineroom.publishing.ChannelHealthVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Find silent channels" of channel-health: opens a revive task per silent main channel. */
@Component("findSilentChannels")
class FindSilentChannels implements JavaDelegate {

    private final ChannelCadence cadence;

    FindSilentChannels(ChannelCadence cadence) {
        this.cadence = cadence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChannelHealthVariables.REVIVE_TASKS_OPENED.set(execution, cadence.openReviveTasks());
    }
}
