package io.engineroom.workflow.lint;

import io.engineroom.workflow.SopLint;
import io.engineroom.workflow.SopProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Engine Room's SOP lint: the rules every deployment must pass, whether from the folders, Camunda Modeler or the
 * SOPs screen (see {@code workflow.engine.LintBeforeDeploying}). Files are checked in name order, so the problems
 * come in the same order every time. A deployment is for a brand (its own version) or shared; that decides which
 * decisions its business rule tasks may use ({@link DecisionRefs}).
 */
@Component
class CamundaSopLint implements SopLint {

    private final LintEnvironment environment;

    CamundaSopLint(LintEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public List<SopProblem> check(Map<String, byte[]> resources, String brandId) {
        Map<String, byte[]> files = new TreeMap<>(resources);
        Set<String> formsInDeployment = files.entrySet().stream().filter(file -> isForm(file.getKey()))
                .flatMap(file -> FormChecks.formId(file.getValue()).stream()).collect(Collectors.toSet());
        Set<String> decisionsInDeployment = files.entrySet().stream().filter(file -> isDmn(file.getKey()))
                .flatMap(file -> DecisionRefs.decisionIds(file.getValue()).stream()).collect(Collectors.toSet());
        DeploymentScope scope = new DeploymentScope(brandId, formsInDeployment, decisionsInDeployment);
        List<SopProblem> problems = new ArrayList<>();
        files.forEach((name, content) -> {
            if (isBpmn(name)) {
                BpmnChecks.check(name, content, scope, environment, problems);
            } else if (isDmn(name)) {
                DmnChecks.check(name, content, problems);
            } else if (isForm(name)) {
                FormChecks.check(name, content, problems);
            } else if (isCmmn(name)) {
                problems.add(new SopProblem(name, null, "is a CMMN case model: Engine Room's SOPs are BPMN and DMN, "
                        + "and a case model's listeners and expressions would run unchecked"));
            }
        });
        return List.copyOf(problems);
    }

    private static boolean isBpmn(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    private static boolean isDmn(String name) {
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    /** The names Camunda deploys as CMMN. */
    private static boolean isCmmn(String name) {
        return name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml") || name.endsWith(".cmmn10.xml");
    }

    private static boolean isForm(String name) {
        return name.endsWith(".form");
    }
}
