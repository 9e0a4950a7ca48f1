package io.engineroom.workflow.deployment;

import io.engineroom.workflow.SopRefused;
import io.engineroom.workflow.change.ChangeIntake;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deploys the SOP folders to Camunda as one deployment per change.
 *
 * <p>Only what changed is deployed: a file whose bytes equal its last deployed version is left alone, so a
 * restart without changes creates no deployment and no new definition version. Because user tasks bind their
 * forms by deployment ({@code camunda:formRefBinding="deployment"}), a changed model is deployed together with
 * the forms it uses, and a changed form together with the models that use it; models that do not touch the
 * change keep their version.
 *
 * <p>Like any other deployment, a changed folder goes through SOP change control: it waits for review before it
 * takes effect (while the version before keeps running). Only the folder's first deployment, on an empty database,
 * is live at once.
 */
@Service
public class SopDeployer {

    public static final String DEPLOYMENT_NAME = "engine-room-sops";
    public static final String DEPLOYMENT_SOURCE = "processes folder";

    private static final Logger log = LoggerFactory.getLogger(SopDeployer.class);

    private final RepositoryService repositoryService;
    private final SopFolders folders;

    public SopDeployer(RepositoryService repositoryService, SopFolders folders) {
        this.repositoryService = repositoryService;
        this.folders = folders;
    }

    /** Deploys what changed in the configured folders; empty when everything was deployed already. */
    public Optional<Deployment> deployChanges() {
        return deployChanges(folders);
    }

    public Optional<Deployment> deployChanges(SopFolders from) {
        return deployChanges(from, DEPLOYMENT_NAME);
    }

    /**
     * Deploys what changed in the folders since the last deployment named {@code deploymentName}. The first one of
     * that name is the team's starting point, with nothing to review it against: it goes live at once. Every later
     * one waits for review.
     */
    public Optional<Deployment> deployChanges(SopFolders from, String deploymentName) {
        List<SopFile> files = new ArrayList<>(read(from.processesDir(), ".bpmn", ".dmn"));
        files.addAll(read(from.formsDir(), ".form"));
        boolean first = repositoryService.createDeploymentQuery().deploymentName(deploymentName).count() == 0;
        Map<String, byte[]> deployed = lastDeployedContent(deploymentName,
                files.stream().map(SopFile::name).toList());
        List<SopFile> changed = files.stream().filter(file -> !file.sameContentAs(deployed.get(file.name()))).toList();
        if (changed.isEmpty()) {
            log.info("SOPs up to date: {} files in {} and {}", files.size(), from.processesDir(), from.formsDir());
            return Optional.empty();
        }
        Set<SopFile> toDeploy = new SopReferences(files).withDependents(changed);
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(deploymentName)
                .source(DEPLOYMENT_SOURCE)
                // Camunda checks again under its deployment lock, so nodes starting together deploy once.
                .enableDuplicateFiltering(false);
        toDeploy.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
        Deployment deployment = first ? ChangeIntake.atOnce(() -> deploy(builder, toDeploy))
                : deploy(builder, toDeploy);
        log.info("Deployed SOP changes {} as deployment {}{}", toDeploy.stream().map(SopFile::name).toList(),
                deployment.getId(), first ? " (the first one: live at once)" : "");
        return Optional.of(deployment);
    }

    private Deployment deploy(DeploymentBuilder builder, Set<SopFile> files) {
        try {
            return builder.deploy();
        } catch (ParseException e) {
            throw new SopDeploymentException(ParseProblems.describe(e), e);
        } catch (ProcessEngineException e) {
            SopRefused refused = SopRefused.in(e);
            if (refused != null) {
                throw new SopDeploymentException(refused.getMessage(), refused);
            }
            throw new SopDeploymentException("Cannot deploy " + files.stream().map(SopFile::name).toList() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The bytes of the newest deployed version of each name, from this deployer's own deployments. */
    private Map<String, byte[]> lastDeployedContent(String deploymentName, List<String> names) {
        Map<String, byte[]> latest = new HashMap<>();
        List<Deployment> deployments = repositoryService.createDeploymentQuery().deploymentName(deploymentName)
                .orderByDeploymentTime().desc().list();
        for (Deployment deployment : deployments) {
            if (latest.keySet().containsAll(names)) {
                break;
            }
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                latest.putIfAbsent(resource.getName(), resource.getBytes());
            }
        }
        return latest;
    }

    private static List<SopFile> read(Path folder, String... extensions) {
        if (!Files.isDirectory(folder)) {
            log.warn("SOP folder {} does not exist; nothing deployed from it", folder.toAbsolutePath());
            return List.of();
        }
        String folderName = folder.toAbsolutePath().normalize().getFileName().toString();
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> Stream.of(extensions).anyMatch(ext -> path.getFileName().toString().endsWith(ext)))
                    .sorted(Comparator.naturalOrder())
                    .map(path -> new SopFile(folderName + "/" + folder.relativize(path).toString().replace('\\', '/'),
                            readBytes(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SOP folder " + folder.toAbsolutePath(), e);
        }
    }

    private static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
        }
    }
}
