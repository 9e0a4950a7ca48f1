package io.engineroom.workflow;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.workflow.sop.DeployedModel;
import io.engineroom.workflow.sop.DeployedModels;
import io.engineroom.workflow.sop.ModelDiff;
import io.engineroom.workflow.sop.Provenance;
import io.engineroom.workflow.sop.VersionStandings;
import io.engineroom.workflow.sop.VersionStandings.Standing;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The deployed SOPs for their owners (social media managers, administrators): every key with its versions, who
 * deployed each when and from where, the running instances per version (a manager counts their brands' only),
 * the element diff between two versions, a version's file, and deploying files from the SOPs screen for a brand or
 * as the shared version. Each version says where it stands under change control ({@link SopVersion.Status}).
 *
 * <p>Who sees and deploys what: administrators every version, and they alone deploy shared versions; a social media
 * manager the shared versions and their brands' own, and deploys for their brands only. Reads run with nobody signed
 * in to the engine, after the owner check here; brand filtering is ours.
 */
@Service
public class SopVersions {

    /** The source a deployment from the SOPs screen carries, next to the folder's and Camunda Modeler's. */
    public static final String UI_SOURCE = "Engine Room UI";
    public static final String UI_DEPLOYMENT_NAME = "engine-room-ui";
    public static final long MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");
    /** By deployment, newest first: version numbers count per brand, so they alone do not order a mixed list. */
    private static final Comparator<SopVersion> NEWEST_FIRST = Comparator.comparing(SopVersion::deployedAt,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed()
            .thenComparing(Comparator.comparingInt(SopVersion::version).reversed());

    private final SopOwners owners;
    private final EngineIdentity engine;
    private final DeployedModels models;
    private final Provenance provenance;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final SopLint lint;
    private final VersionStandings standings;
    private final BrandService brands;

    SopVersions(SopOwners owners, EngineIdentity engine, DeployedModels models, Provenance provenance,
            RepositoryService repositoryService, RuntimeService runtimeService, SopLint lint,
            VersionStandings standings, BrandService brands) {
        this.owners = owners;
        this.engine = engine;
        this.models = models;
        this.provenance = provenance;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.lint = lint;
        this.standings = standings;
        this.brands = brands;
    }

    /**
     * Every key with a version the caller sees, BPMN processes first, then DMN decisions, each by key: with the shared
     * version brands without their own run, and how many versions wait for review.
     */
    public List<SopSummary> list() {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> {
            List<DeployedModel> all = models.all();
            Map<String, Standing> standing = standings.of(all);
            Map<String, List<DeployedModel>> byKey = all.stream()
                    .filter(model -> SopOwners.sees(me, standing.get(model.definitionId()).brandId()))
                    .collect(Collectors.groupingBy(model -> model.kind() + "/" + model.key()));
            return byKey.values().stream().map(versions -> summary(versions, standing))
                    .sorted(Comparator.comparing(SopSummary::kind).thenComparing(SopSummary::key)).toList();
        });
    }

    /** The versions of one key the caller sees, newest first (shared and brands' own mixed), with their standing. */
    public List<SopVersion> versions(String key) {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> {
            List<DeployedModel> versions = models.versions(key);
            Map<String, Standing> standing = standings.of(versions);
            return versions.stream().filter(model -> SopOwners.sees(me, standing.get(model.definitionId()).brandId()))
                    .map(model -> describe(model, standing.get(model.definitionId()), me))
                    .sorted(NEWEST_FIRST).toList();
        });
    }

    /** One version, as {@link #versions} describes it; empty when there is none the caller sees. */
    public Optional<SopVersion> version(String definitionId) {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> models.find(definitionId).flatMap(model -> {
            Standing standing = standings.of(List.of(model)).get(model.definitionId());
            return SopOwners.sees(me, standing.brandId()) ? Optional.of(describe(model, standing, me))
                    : Optional.empty();
        }));
    }

    /** What changed from one version of a key to another, element by element (not the diagram's layout). */
    public List<ElementChange> diff(String fromDefinitionId, String toDefinitionId) {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> {
            DeployedModel from = existing(me, "from", fromDefinitionId);
            DeployedModel to = existing(me, "to", toDefinitionId);
            if (!from.key().equals(to.key()) || from.kind() != to.kind()) {
                throw new InvalidInput("to", "Compare two versions of the same SOP: " + from.key() + " is not "
                        + to.key());
            }
            return ModelDiff.between(from.resourceName(), models.content(from), models.content(to));
        });
    }

    /** The deployed file of one version, byte for byte. */
    public SopExport export(String definitionId) {
        EngineRoomUser me = owners.require();
        return engine.asSystem(() -> {
            DeployedModel model = existing(me, "version", definitionId);
            String resource = model.resourceName();
            return new SopExport(resource.substring(resource.lastIndexOf('/') + 1), models.content(model));
        });
    }

    /**
     * The lint's problems with files about to be deployed (file name to bytes) for a brand (null: the shared
     * version), as the engine will lint them when they are deployed; empty when they may deploy.
     */
    public List<SopProblem> lint(Map<String, byte[]> files, String brandId) {
        owners.require();
        checkFiles(files);
        // the lint looks up groups, forms and decisions as the engine does when deploying, not as the person (who
        // may not read groups): the engine's pre-deployer runs it the same way
        return engine.asSystem(() -> lint.check(files, brandId));
    }

    /**
     * Where the caller may deploy from the SOPs screen: the shared version (administrators only), then the brands
     * they manage (administrators: every active brand; a social media manager: the active brands they belong to).
     */
    public List<SopDeployTarget> deployTargets() {
        EngineRoomUser me = owners.require();
        List<SopDeployTarget> targets = new ArrayList<>();
        if (me.hasRole(Role.ADMIN)) {
            targets.add(SopDeployTarget.SHARED);
        }
        List<BrandSummary> managed = me.hasRole(Role.ADMIN) ? brands.active() : brands.activeAmong(me.brands());
        managed.forEach(brand -> targets.add(new SopDeployTarget(brand.id(), brand.name())));
        return targets;
    }

    /**
     * Deploys the files as one deployment from the SOPs screen, as the brand's own version ({@code brandId}) or the
     * shared one ({@code null}), recorded as deployed by the signed-in person (the engine's operation log) from
     * {@link #UI_SOURCE}. Like every deployment it is a change that waits for another SOP owner's review
     * ({@link SopChanges#forDeployment}). Files equal to their last UI deployment for the same brand are not
     * deployed again. Nothing deploys when the lint or the engine finds a problem.
     *
     * @return the versions this deployment created (none when nothing changed)
     * @throws SopDeploymentRefused  with every problem, by file and element
     * @throws AccessDeniedException when a social media manager deploys the shared version or for a brand they do
     *                               not belong to
     * @throws InvalidInput          when the brand is unknown or archived, or the files are not SOP files
     */
    public List<SopVersion> deploy(Map<String, byte[]> files, String brandId) {
        EngineRoomUser me = owners.require();
        String brand = brandId == null || brandId.isBlank() ? null : brandId;
        mayDeploy(me, brand);
        checkFiles(files);
        DeploymentBuilder builder = repositoryService.createDeployment().name(UI_DEPLOYMENT_NAME).source(UI_SOURCE)
                .tenantId(brand).enableDuplicateFiltering(false);
        files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        DeploymentWithDefinitions deployment;
        // signed in to the engine as the person: its operation log then records who deployed
        try (EngineIdentity.Scope signedIn = engine.enter(me)) {
            deployment = builder.deployWithResult();
        } catch (ParseException e) {
            throw new SopDeploymentRefused(parseProblems(e));
        } catch (ProcessEngineException e) {
            // the engine lints every deployment before it stores anything (LintBeforeDeploying)
            SopRefused lintRefusal = SopRefused.in(e);
            if (lintRefusal != null) {
                throw new SopDeploymentRefused(lintRefusal.problems());
            }
            throw new SopDeploymentRefused(List.of(new SopProblem(String.join(", ", files.keySet()), null,
                    e.getMessage())));
        }
        List<SopVersion> created = new ArrayList<>();
        engine.asSystem(() -> {
            List<String> ids = new ArrayList<>();
            if (deployment.getDeployedProcessDefinitions() != null) {
                deployment.getDeployedProcessDefinitions().forEach(definition -> ids.add(definition.getId()));
            }
            if (deployment.getDeployedDecisionDefinitions() != null) {
                deployment.getDeployedDecisionDefinitions().forEach(definition -> ids.add(definition.getId()));
            }
            List<DeployedModel> deployed = ids.stream().map(models::find).flatMap(Optional::stream).toList();
            Map<String, Standing> standing = standings.of(deployed);
            deployed.forEach(model -> created.add(describe(model, standing.get(model.definitionId()), me)));
            return null;
        });
        return created;
    }

    private void mayDeploy(EngineRoomUser me, String brand) {
        if (brand == null) {
            if (!me.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException("Only an administrator deploys the shared version of an SOP, which "
                        + "every brand without its own runs: choose one of your brands");
            }
            return;
        }
        if (!me.hasRole(Role.ADMIN) && !me.belongsTo(brand)) {
            throw new AccessDeniedException("You deploy SOPs only for the brands you manage; " + brand
                    + " is not one of them");
        }
        BrandSummary known = brands.find(brand)
                .orElseThrow(() -> new InvalidInput("brand", "There is no brand '" + brand + "'"));
        if (known.archived()) {
            throw new InvalidInput("brand", known.name() + " is archived: it takes no new SOP versions");
        }
    }

    private static SopSummary summary(List<DeployedModel> versions, Map<String, Standing> standing) {
        DeployedModel latest = versions.stream().max(Comparator.comparingInt(DeployedModel::version)).orElseThrow();
        Optional<DeployedModel> shared = versions.stream().filter(model -> {
            Standing of = standing.get(model.definitionId());
            return of.brandId() == null && of.status() == SopVersion.Status.LIVE;
        }).findFirst();
        int waiting = (int) versions.stream()
                .filter(model -> standing.get(model.definitionId()).status() == SopVersion.Status.IN_REVIEW).count();
        DeployedModel named = shared.orElse(latest);
        return new SopSummary(latest.key(), named.name() == null ? named.key() : named.name(), latest.kind(),
                latest.version(), latest.definitionId(), versions.size(), shared.map(DeployedModel::version)
                        .orElse(null), shared.map(DeployedModel::definitionId).orElse(null), waiting);
    }

    private void checkFiles(Map<String, byte[]> files) {
        if (files == null || files.isEmpty()) {
            throw new InvalidInput("files", "Choose at least one .bpmn, .dmn or .form file");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        files.forEach((name, content) -> {
            if (name == null || name.isBlank() || EXTENSIONS.stream().noneMatch(name::endsWith)) {
                problems.put("files", name + " is not a .bpmn, .dmn or .form file");
            } else if (content == null || content.length == 0) {
                problems.put("files", name + " is empty");
            } else if (content.length > MAX_FILE_BYTES) {
                problems.put("files", name + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static List<SopProblem> parseProblems(ParseException e) {
        List<SopProblem> problems = new ArrayList<>();
        if (e.getResorceReports() != null) {
            e.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> problems.add(
                    new SopProblem(report.getResourceName(), problem.getMainElementId(), problem.getMessage()))));
        }
        if (problems.isEmpty()) {
            problems.add(new SopProblem("deployment", null, e.getMessage()));
        }
        return problems;
    }

    /** A version the caller sees; another brand's own version is as unknown to them as a missing one. */
    private DeployedModel existing(EngineRoomUser me, String field, String definitionId) {
        return models.find(definitionId)
                .filter(model -> SopOwners.sees(me, standings.of(List.of(model)).get(model.definitionId()).brandId()))
                .orElseThrow(() -> new InvalidInput(field, "No deployed SOP version '" + definitionId + "'"));
    }

    private SopVersion describe(DeployedModel model, Standing standing, EngineRoomUser me) {
        Provenance.Of origin = provenance.of(model.deploymentId());
        Long running = model.kind() == SopKind.PROCESS ? running(model.definitionId(), me) : null;
        return new SopVersion(model.definitionId(), model.key(), model.name() == null ? model.key() : model.name(),
                model.kind(), model.version(), model.deploymentId(), origin.deployedAt(), origin.deployedBy(),
                origin.source(), model.resourceName(), running, standing.brandId(), standing.status(),
                standing.changeId());
    }

    private long running(String definitionId, EngineRoomUser me) {
        ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId);
        Optional<Set<String>> brands = SopOwners.brandsOf(me);
        if (brands.isPresent()) {
            if (brands.get().isEmpty()) {
                return 0;
            }
            query.tenantIdIn(brands.get().toArray(String[]::new));
        }
        return query.count();
    }
}
