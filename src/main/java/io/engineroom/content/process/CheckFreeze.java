package io.engineroom.content.process;

import io.engineroom.publishing.FreezeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Check publishing freeze": a frozen brand's due posts wait for the release. */
@Component("checkFreeze")
class CheckFreeze implements JavaDelegate {

    private final FreezeService freezes;

    CheckFreeze(FreezeService freezes) {
        this.freezes = freezes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("publishingFrozen", freezes.isFrozen((String) execution.getVariable("brand")));
    }
}
