package io.engineroom.workflow.sop;

import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopKind;
import io.engineroom.workflow.SopVersion.Status;
import io.engineroom.workflow.change.SopChangeTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Component;

/**
 * Where deployed versions stand under change control, for the SOPs screen: whose version each is (a brand's own or
 * the shared one) and whether it is the one its brand runs ({@link LiveSops}), waits for review, was rejected, or
 * was live once and replaced. One look-up for a whole list, so the screen does not ask per row; callers check who
 * is asking and run this with nobody signed in to the engine.
 */
@Component
public class VersionStandings {

    private final SopChangeTable changes;
    private final LiveSops live;

    VersionStandings(SopChangeTable changes, LiveSops live) {
        this.changes = changes;
        this.live = live;
    }

    /** One version's standing; {@code changeId} null when it was deployed before change control. */
    public record Standing(String brandId, Status status, Long changeId) {
    }

    /** The standing of each model, by definition id. */
    public Map<String, Standing> of(List<DeployedModel> models) {
        if (models.isEmpty()) {
            return Map.of();
        }
        Map<String, SopChange> byDeployment = changes.byDeployments(models.stream().map(DeployedModel::deploymentId)
                .collect(Collectors.toSet()));
        Map<String, Optional<String>> liveByScope = new HashMap<>();
        Map<String, Standing> standings = new HashMap<>();
        for (DeployedModel model : models) {
            String brand = model.tenantId();
            SopChange change = byDeployment.get(model.deploymentId());
            Optional<String> liveId = liveByScope.computeIfAbsent(model.kind() + "/" + model.key() + "/" + brand,
                    scope -> liveDefinition(model.kind(), model.key(), brand));
            standings.put(model.definitionId(), new Standing(brand, status(model, change, liveId),
                    change == null ? null : change.id()));
        }
        return standings;
    }

    /** The definition the brand runs (its own live one, else the shared one), by id; null brand: the shared one. */
    public Optional<String> liveDefinition(SopKind kind, String key, String brandId) {
        return kind == SopKind.PROCESS ? live.process(key, brandId).map(ResourceDefinition::getId)
                : live.decision(key, brandId).map(ResourceDefinition::getId);
    }

    private static Status status(DeployedModel model, SopChange change, Optional<String> liveId) {
        if (liveId.filter(model.definitionId()::equals).isPresent()) {
            return Status.LIVE;
        }
        if (change != null && change.status() == SopChangeStatus.IN_REVIEW) {
            return Status.IN_REVIEW;
        }
        if (change != null && change.status() == SopChangeStatus.REJECTED) {
            return Status.REJECTED;
        }
        return Status.SUPERSEDED;
    }
}
