package io.engineroom.workflow;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.change.SopChangeTable;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Service;

/**
 * Drift between the SOP folder ({@code processes/}, the models as committed) and what runs: a model changed and
 * approved from Camunda Modeler but not committed, a model never deployed, a deployed key no file holds. The folder
 * holds the shared version of each SOP, so each BPMN process and DMN decision in it is compared with the shared
 * <em>live</em> version of its key (not simply the latest deployed, which may be a brand's own version or one
 * waiting for review), whatever the deployed resource was named ({@code processes/x.bpmn} by the folder deployer,
 * {@code x.bpmn} by Modeler). Brands' own live versions and versions waiting for review are listed as entries of
 * their own, so a brand's chosen version is not called drift; a manager sees those of their brands only.
 */
@Service
public class SopDrift {

    private final SopOwners owners;
    private final EngineIdentity engine;
    private final DeployedModels models;
    private final SopFolders folders;
    private final SopChangeTable changes;
    private final BrandService brands;

    SopDrift(SopOwners owners, EngineIdentity engine, DeployedModels models, SopFolders folders,
            SopChangeTable changes, BrandService brands) {
        this.owners = owners;
        this.engine = engine;
        this.models = models;
        this.folders = folders;
        this.changes = changes;
        this.brands = brands;
    }

    /** Drift of the configured folder. */
    public List<DriftEntry> check() {
        return check(folders);
    }

    /**
     * Drift of the given folders' models, key by key (folder keys first, then deployed keys no file holds): first the
     * folder's comparison with the shared live version, then the shared version waiting for review, then each of the
     * caller's brands' own live version and own version waiting for review.
     */
    public List<DriftEntry> check(SopFolders from) {
        EngineRoomUser me = owners.require();
        Optional<Set<String>> visible = SopOwners.brandsOf(me);
        Map<String, FolderModel> inFolder = folderModels(from.processesDir());
        return engine.asSystem(() -> {
            Set<String> held = changes.notLiveDeployments();
            Map<String, Map<Optional<String>, List<DeployedModel>>> deployed = new TreeMap<>();
            models.all().stream()
                    .filter(definition -> definition.tenantId() == null
                            || visible.map(mine -> mine.contains(definition.tenantId())).orElse(true))
                    .forEach(definition -> deployed.computeIfAbsent(id(definition.kind(), definition.key()),
                            id -> new TreeMap<>(SHARED_FIRST)).computeIfAbsent(Optional.ofNullable(definition.tenantId()),
                            tenant -> new ArrayList<>()).add(definition));
            Map<String, String> brandNames = brandNames(deployed);
            List<DriftEntry> entries = new ArrayList<>();
            List<String> keys = new ArrayList<>(inFolder.keySet().stream().sorted(Comparator.comparing(
                    id -> inFolder.get(id).key())).toList());
            deployed.keySet().stream().filter(id -> !inFolder.containsKey(id)).forEach(keys::add);
            for (String id : keys) {
                FolderModel file = inFolder.get(id);
                Map<Optional<String>, List<DeployedModel>> byTenant = deployed.getOrDefault(id, Map.of());
                entries.addAll(sharedEntries(file, byTenant.getOrDefault(Optional.empty(), new ArrayList<>()),
                        held));
                byTenant.forEach((tenant, versions) -> tenant.ifPresent(brand -> entries.addAll(brandEntries(file,
                        brand, versions, held, brandNames))));
            }
            return entries;
        });
    }

    /**
     * The shared version against the folder: its live version compared with the file (or "not in folder"), then a
     * newer shared version waiting for review; with nothing live, the one in review is compared with the file.
     */
    private List<DriftEntry> sharedEntries(FolderModel file, List<DeployedModel> versions, Set<String> held) {
        Optional<DeployedModel> live = live(versions, held);
        Optional<WaitingVersion> waiting = waiting(versions, live, held);
        List<DriftEntry> entries = new ArrayList<>();
        if (live.isPresent()) {
            entries.add(file == null ? notInFolder(live.get()) : compare(file, live.get(), null));
        } else if (file != null && waiting.isEmpty()) {
            entries.add(compare(file, null, null));
        }
        waiting.ifPresent(found -> entries.add(compare(file, found.version(), found.changeId())));
        return entries;
    }

    /** A brand's own live version, then its own version waiting for review. */
    private List<DriftEntry> brandEntries(FolderModel file, String brand, List<DeployedModel> versions,
            Set<String> held, Map<String, String> brandNames) {
        Optional<DeployedModel> live = live(versions, held);
        List<DriftEntry> entries = new ArrayList<>();
        live.ifPresent(found -> entries.add(own(file, found, Status.BRAND_VERSION, brand, brandNames, null)));
        waiting(versions, live, held).ifPresent(found -> entries.add(own(file, found.version(), Status.IN_REVIEW,
                brand, brandNames, found.changeId())));
        return entries;
    }

    private static Optional<DeployedModel> live(List<DeployedModel> versions, Set<String> held) {
        return versions.stream().filter(version -> isLive(version, held))
                .max(Comparator.comparingInt(DeployedModel::version));
    }

    /** The newest version after the live one whose change waits for review (a rejected one does not). */
    private Optional<WaitingVersion> waiting(List<DeployedModel> versions, Optional<DeployedModel> live, Set<String> held) {
        return versions.stream()
                .filter(version -> live.map(found -> version.version() > found.version()).orElse(true))
                .filter(version -> held.contains(version.deploymentId()))
                .sorted(Comparator.comparingInt(DeployedModel::version).reversed())
                .flatMap(version -> changes.findByDeployment(version.deploymentId())
                        .filter(change -> change.status() == SopChangeStatus.IN_REVIEW)
                        .map(change -> new WaitingVersion(version, change.id())).stream())
                .findFirst();
    }

    private DriftEntry own(FolderModel file, DeployedModel version, DriftEntry.Status status, String brand,
            Map<String, String> brandNames, Long changeId) {
        return new DriftEntry(version.key(), version.kind(), status, file == null ? null : file.name(),
                version.version(), version.definitionId(), file == null || file.problem() != null ? List.of()
                        : changesFrom(file, version), null, brand, brandNames.getOrDefault(brand, brand), changeId);
    }

    private static DriftEntry notInFolder(DeployedModel version) {
        return new DriftEntry(version.key(), version.kind(), Status.NOT_IN_FOLDER, null, version.version(),
                version.definitionId(), List.of(), null);
    }

    /**
     * The folder's file against a shared version: the live one, or (with {@code changeId}) one waiting for review,
     * reported as such; no version at all is a file never deployed.
     */
    private DriftEntry compare(FolderModel file, DeployedModel deployed, Long changeId) {
        if (file == null) {
            return new DriftEntry(deployed.key(), deployed.kind(), Status.IN_REVIEW, null, deployed.version(),
                    deployed.definitionId(), List.of(), null, null, null, changeId);
        }
        if (file.problem() != null) {
            return new DriftEntry(file.key(), file.kind(), Status.UNREADABLE, file.name(), null, null, List.of(),
                    file.problem());
        }
        if (deployed == null) {
            return new DriftEntry(file.key(), file.kind(), Status.NOT_DEPLOYED, file.name(), null, null, List.of(),
                    null);
        }
        List<ElementChange> changed = changesFrom(file, deployed);
        Status status = changeId != null ? Status.IN_REVIEW : changed.isEmpty() ? Status.IN_SYNC : Status.DIFFERS;
        return new DriftEntry(file.key(), file.kind(), status, file.name(), deployed.version(), deployed.definitionId(),
                changed, null, null, null, changeId);
    }

    private List<ElementChange> changesFrom(FolderModel file, DeployedModel deployed) {
        byte[] deployedContent = models.content(deployed);
        return Arrays.equals(deployedContent, file.content()) ? List.of()
                : ModelDiff.between(file.name(), file.content(), deployedContent);
    }

    private Map<String, String> brandNames(Map<String, Map<Optional<String>, List<DeployedModel>>> deployed) {
        Set<String> ids = new TreeSet<>();
        deployed.values().forEach(byTenant -> byTenant.keySet().forEach(tenant -> tenant.ifPresent(ids::add)));
        Map<String, String> names = new HashMap<>();
        brands.find(ids).forEach(brand -> names.put(brand.id(), brand.name()));
        return names;
    }

    /** The shared version (empty tenant) before every brand's, brands by id. */
    private static final Comparator<Optional<String>> SHARED_FIRST = Comparator.comparing(
            (Optional<String> tenant) -> tenant.isPresent()).thenComparing(tenant -> tenant.orElse(""));

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

    /** As {@link LiveSops} decides: not held for review or rejected, and (a process) not suspended. */
    private static boolean isLive(DeployedModel version, Set<String> held) {
        return !held.contains(version.deploymentId()) && !version.suspended();
    }

    private record WaitingVersion(DeployedModel version, long changeId) {
    }
}
