package io.engineroom.workflow.engine;

import io.engineroom.workflow.change.SopChangeTable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A process definition suspended or activated (by change control, or by an admin in the Camunda webapps or over
 * {@code /engine-rest}) changes which version of an SOP is live, which {@code LiveSops} keeps: its kept answers are
 * dropped once the command has run, on this node and, through the change stamp, on the others.
 */
class LiveSopsOnSuspension extends CommandInterceptor {

    private final Supplier<SopChangeTable> changes;

    LiveSopsOnSuspension(Supplier<SopChangeTable> changes) {
        this.changes = changes;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof AbstractSetProcessDefinitionStateCmd) {
            changes.get().liveChanged();
        }
        return result;
    }
}
