package io.engineroom.workflow.lint;

import io.engineroom.identity.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lint's look-ups without an engine: Engine Room's groups; as delegates, those the shipped models name plus
 * {@code recordBrief}; {@code sopTimings}, {@code brandSla}, {@code sopChangeReviewers}, {@code communityTimings} and
 * {@code ugcAnswers} as the expression beans;
 * three Spring beans no model may use; forms {@code deployed-form} version 1; as live decisions the shipped models'
 * (shared) and {@value #BEANLEAF_DECISION} for Bean &amp; Leaf only.
 */
final class StandInEnvironment implements LintEnvironment {

    static final Set<String> GROUPS = Arrays.stream(Role.values()).map(Role::groupId).collect(Collectors.toSet());
    static final Set<String> OTHER_BEANS = Set.of("userDirectory", "identityService", "runtimeService");
    static final Set<String> DELEGATES = delegatesOfTheShippedModels();
    static final Set<String> SHARED_DECISIONS = decisionsOfTheShippedModels();
    /** A decision only Bean &amp; Leaf runs (its own live version); no shared one has its key. */
    static final String BEANLEAF_DECISION = "beanleaf-tone";

    @Override
    public boolean groupExists(String groupId) {
        return GROUPS.contains(groupId);
    }

    @Override
    public boolean beanExists(String beanName) {
        return isDelegate(beanName) || isExpressionBean(beanName) || OTHER_BEANS.contains(beanName);
    }

    @Override
    public boolean isDelegate(String beanName) {
        return DELEGATES.contains(beanName);
    }

    @Override
    public boolean isExpressionBean(String beanName) {
        return expressionBeans().contains(beanName);
    }

    @Override
    public Set<String> expressionBeans() {
        return Set.of("sopTimings", "brandSla", "sopChangeReviewers", "communityTimings", "ugcAnswers");
    }

    @Override
    public boolean formDeployed(String formId, Integer version) {
        return formId.equals("deployed-form") && (version == null || version == 1);
    }

    @Override
    public boolean decisionLive(String decisionKey, String brandId) {
        return SHARED_DECISIONS.contains(decisionKey)
                || "beanleaf".equals(brandId) && BEANLEAF_DECISION.equals(decisionKey);
    }

    private static Set<String> decisionsOfTheShippedModels() {
        Pattern decision = Pattern.compile("<decision id=\"([^\"]+)\"");
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(file -> file.toString().endsWith(".dmn")).toList()) {
                Matcher found = decision.matcher(Files.readString(model));
                while (found.find()) {
                    ids.add(found.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static Set<String> delegatesOfTheShippedModels() {
        Pattern delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
        Set<String> names = new TreeSet<>(Set.of("recordBrief"));
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                Matcher found = delegate.matcher(Files.readString(model));
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
