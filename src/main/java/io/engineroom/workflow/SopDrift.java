package io.engineroom.workflow;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.deployment.SopFolders;
import io.engineroom.workflow.sop.DeployedModel;
import io.engineroom.workflow.sop.DeployedModels;
import io.engineroom.workflow.sop.ModelDiff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Service;

/**
 * Drift between the SOP folder ({@code processes/}, the models as committed) and what is deployed: a model changed
 * and deployed from Camunda Modeler but not committed, a model never deployed, a deployed key no file holds.
 * Each BPMN process and DMN decision in the folder is matched with the latest deployed version of its key,
 * whatever the deployed resource was named ({@code processes/x.bpmn} by the folder deployer, {@code x.bpmn} by
 * Modeler).
 */
@Service
public class SopDrift {

    private final SopOwners owners;
    private final EngineIdentity engine;
    private final DeployedModels models;
    private final SopFolders folders;

    SopDrift(SopOwners owners, EngineIdentity engine, DeployedModels models, SopFolders folders) {
        this.owners = owners;
        this.engine = engine;
        this.models = models;
        this.folders = folders;
    }

    /** Drift of the configured folder. */
    public List<DriftEntry> check() {
        return check(folders);
    }

    /** Drift of the given folders' models: folder keys by key, then deployed keys no file holds. */
    public List<DriftEntry> check(SopFolders from) {
        owners.require();
        Map<String, FolderModel> inFolder = folderModels(from.processesDir());
        return engine.asSystem(() -> {
            Map<String, DeployedModel> latest = new LinkedHashMap<>();
            models.latest().forEach(model -> latest.put(id(model.kind(), model.key()), model));
            List<DriftEntry> entries = new ArrayList<>();
            inFolder.values().stream().sorted(Comparator.comparing(FolderModel::key))
                    .forEach(file -> entries.add(compare(file, latest.get(id(file.kind(), file.key())))));
            latest.values().stream().filter(model -> !inFolder.containsKey(id(model.kind(), model.key())))
                    .sorted(Comparator.comparing(DeployedModel::kind).thenComparing(DeployedModel::key))
                    .forEach(model -> entries.add(new DriftEntry(model.key(), model.kind(), Status.NOT_IN_FOLDER, null,
                            model.version(), model.definitionId(), List.of(), null)));
            return entries;
        });
    }

    private DriftEntry compare(FolderModel file, DeployedModel deployed) {
        if (file.problem() != null) {
            return new DriftEntry(file.key(), file.kind(), Status.UNREADABLE, file.name(), null, null, List.of(),
                    file.problem());
        }
        if (deployed == null) {
            return new DriftEntry(file.key(), file.kind(), Status.NOT_DEPLOYED, file.name(), null, null, List.of(),
                    null);
        }
        byte[] deployedContent = models.content(deployed);
        List<ElementChange> changes = Arrays.equals(deployedContent, file.content()) ? List.of()
                : ModelDiff.between(file.name(), file.content(), deployedContent);
        return new DriftEntry(file.key(), file.kind(), changes.isEmpty() ? Status.IN_SYNC : Status.DIFFERS,
                file.name(), deployed.version(), deployed.definitionId(), changes, null);
    }

    /** Every process and decision in the folder's models by kind and key; a file that does not parse, by name. */
    private static Map<String, FolderModel> folderModels(Path folder) {
        Map<String, FolderModel> byKey = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return byKey;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (name.endsWith(".bpmn") || name.endsWith(".dmn")) {
                    read(name, Files.readAllBytes(path)).forEach(model -> byKey.put(id(model.kind(), model.key()),
                            model));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SOP folder " + folder.toAbsolutePath(), e);
        }
        return byKey;
    }

    private static List<FolderModel> read(String name, byte[] content) {
        try {
            if (name.endsWith(".dmn")) {
                return Dmn.readModelFromStream(new ByteArrayInputStream(content))
                        .getModelElementsByType(Decision.class).stream()
                        .map(decision -> new FolderModel(decision.getId(), SopKind.DECISION, name, content, null))
                        .toList();
            }
            return Bpmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Process.class)
                    .stream().filter(Process::isExecutable)
                    .map(process -> new FolderModel(process.getId(), SopKind.PROCESS, name, content, null)).toList();
        } catch (ModelException e) {
            SopKind kind = name.endsWith(".dmn") ? SopKind.DECISION : SopKind.PROCESS;
            return List.of(new FolderModel(name, kind, name, content, e.getMessage()));
        }
    }

    private static String id(SopKind kind, String key) {
        return kind + "/" + key;
    }

    private record FolderModel(String key, SopKind kind, String name, byte[] content, String problem) {
    }
}
