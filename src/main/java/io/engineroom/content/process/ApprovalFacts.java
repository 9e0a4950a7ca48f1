package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CLIENT_SIGN_OFF_REQUIRED;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;
import static io.engineroom.content.ContentApprovalVariables.REGULATED;

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
        REGULATED.set(execution, brand.regulated());
        CLIENT_SIGN_OFF_REQUIRED.set(execution, brand.clientSignOffRequired());
        PAID_PROMOTION.set(execution, PieceFacts.paidPromotion(execution));
    }
}
