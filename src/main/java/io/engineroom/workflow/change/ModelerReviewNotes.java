package io.engineroom.workflow.change;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.DeploymentReviewNotes;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChanges;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The sentence (and the change) Camunda Modeler's deployment answer carries: a deployment is stored at once but
 * nothing runs on it until it is reviewed, and the person deploying should not have to open Engine Room to learn
 * that. Read through {@link SopChanges}, so the caller sees only a change they may see.
 */
@Component
class ModelerReviewNotes implements DeploymentReviewNotes {

    private final SopChanges changes;
    private final BrandService brands;

    ModelerReviewNotes(SopChanges changes, BrandService brands) {
        this.changes = changes;
        this.brands = brands;
    }

    @Override
    public Optional<Note> forDeployment(String deploymentId) {
        return changes.forDeployment(deploymentId).map(this::note);
    }

    private Note note(SopChange change) {
        String models = change.models().stream().map(model -> model.key() + " v" + model.version())
                .collect(Collectors.joining(", "));
        String brand = change.shared() ? null : brands.find(change.brandId()).map(BrandSummary::name)
                .orElse(change.brandId());
        String what = change.shared() ? "the shared " + models : models + " for " + brand;
        String ref = "(SOP change " + change.id() + ")";
        String message = switch (change.status()) {
            case IN_REVIEW -> "Deployed, not live yet: " + what + " waits for review by "
                    + (change.shared() ? "another administrator" : "another SOP owner of " + brand) + " " + ref;
            case APPROVED -> "Nothing new to review: " + what + " is live, approved by " + change.reviewedBy() + " "
                    + ref;
            case REJECTED -> "Not live: " + what + " was rejected by " + change.reviewedBy() + ": "
                    + change.reviewComment() + " " + ref;
            case EMERGENCY -> "Live: " + what + " was activated at once by " + change.activatedBy() + " " + ref;
            case AT_ONCE -> "Deployed and live at once: " + what + " " + ref;
        };
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", change.id());
        json.put("status", change.status().name());
        json.put("statusLabel", change.status().label());
        json.put("brandId", change.brandId());
        json.put("proposedBy", change.proposedBy());
        json.put("models", change.models().stream().map(SopChangeModel::label).toList());
        return new Note(message, change.status().name(), json);
    }
}
