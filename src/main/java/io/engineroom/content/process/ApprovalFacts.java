package io.engineroom.content.process;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) on "Decide approval stages": sets what approval-stages.dmn decides on from the
 * owners of those facts, just before the table reads them. {@code regulated} and {@code clientSignOffRequired}
 * come from the brand's record, {@code paidPromotion} from the brief as submitted. Managers keep editing the table
 * in Modeler; whatever a task completer may have written into these variables is overwritten here.
 */
@Component("approvalFacts")
class ApprovalFacts implements ExecutionListener {

    private final BrandService brands;
    private final PieceFacts facts;

    ApprovalFacts(BrandService brands, PieceFacts facts) {
        this.brands = brands;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        BrandSettings brand = brands.settings(facts.brand(execution));
        execution.setVariable("regulated", brand.regulated());
        execution.setVariable("clientSignOffRequired", brand.clientSignOffRequired());
        execution.setVariable("paidPromotion", PieceFacts.paidPromotion(execution));
    }
}
