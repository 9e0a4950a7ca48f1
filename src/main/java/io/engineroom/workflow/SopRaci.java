package io.engineroom.workflow;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.workflow.raci.DecisionRoles;
import io.engineroom.workflow.raci.RaciDerivation;
import io.engineroom.workflow.raci.RaciWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The RACI matrix of every shared SOP (the processes the app deploys from {@code processes/}), derived on each call
 * from the live shared version ({@link LiveSops#process}), so a newly approved version changes the matrix at once.
 * For the SOPs' owners only (social media managers, administrators), like the SOPs screen; the derivation's rules
 * are {@link RaciDerivation}'s.
 */
@Service
public class SopRaci {

    private final SopOwners owners;
    private final EngineIdentity engine;
    private final LiveSops live;
    private final RepositoryService repositoryService;

    SopRaci(SopOwners owners, EngineIdentity engine, LiveSops live, RepositoryService repositoryService) {
        this.owners = owners;
        this.engine = engine;
        this.live = live;
        this.repositoryService = repositoryService;
    }

    /** One matrix per shared process key, by key. */
    public List<RaciMatrix> matrices() {
        owners.require();
        return engine.asSystem(() -> {
            TreeSet<String> keys = new TreeSet<>();
            repositoryService.createProcessDefinitionQuery().withoutTenantId().latestVersion().list()
                    .forEach(definition -> keys.add(definition.getKey()));
            List<RaciMatrix> matrices = new ArrayList<>();
            DecisionRoles decisions = new DecisionRoles(this::liveDecisionModel, Set.copyOf(Role.groupIds()));
            for (String key : keys) {
                live.process(key, null).map(definition -> matrixOf(definition, decisions)).ifPresent(matrices::add);
            }
            return matrices;
        });
    }

    /** Every matrix as an Excel workbook, one sheet per SOP. */
    public void exportXlsx(OutputStream out) {
        RaciWorkbook.write(matrices(), out);
    }

    private RaciMatrix matrixOf(ProcessDefinition definition, DecisionRoles decisions) {
        try (InputStream model = repositoryService.getProcessModel(definition.getId())) {
            return RaciDerivation.derive(model, definition.getVersion(), decisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live shared version of a decision, like the processes': an unapproved change names nobody yet. */
    private Optional<InputStream> liveDecisionModel(String decisionKey) {
        return live.decision(decisionKey, null).map(decision -> repositoryService.getDecisionModel(decision.getId()));
    }
}
