package io.engineroom.identity.security;

import static io.engineroom.identity.Role.ADMIN;
import static io.engineroom.identity.Role.AUDITOR;
import static io.engineroom.identity.Role.SOCIAL_MANAGER;

import io.engineroom.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who may call which of Camunda's REST resources, in one readable list: {@code /engine-rest} is an integration
 * surface, not a staff one. Staff change work only through Engine Room's screens, which check role, brand and
 * form; a REST call that sets a variable, completes or claims a task, starts, modifies or messages an instance
 * would talk around those checks, so nothing of that kind is on the list, for anyone. Applies alike to
 * {@code /engine-rest/**}, {@code /engine-rest/engine/{name}/**} and {@code /camunda/api/engine/engine/{name}/**}
 * (see {@link EnginePath}). Camunda's own authorization and tenant checks still apply to whatever passes.
 * <ul>
 * <li>SOP owners (social managers, admins): what Camunda Modeler sends to deploy (its connection check
 * {@code GET /deployment?maxResults=0}, {@code GET /version}, {@code POST /deployment/create}) and reading
 * deployments and definitions. For which brand (the shared version: administrators only) is judged on the
 * deployment's parts by {@link EngineRestUploads}.</li>
 * <li>Auditors: reading history, kept to their brands by Camunda's tenant check.</li>
 * <li>Admins: reading everything, and operations: jobs, job definitions, suspension, migration, batches.
 * History stays protected by the engine's own guard.</li>
 * </ul>
 */
final class EngineRestAllowList {

    /**
     * One allowed call. {@code pattern} is matched segment by segment against the normalised resource path:
     * {@code *} is one segment, {@code **} (last only) any rest.
     */
    record Rule(String method, String pattern, Set<Role> roles) {

        boolean matches(String requestMethod, List<String> segments) {
            return method.equals(requestMethod) && matches(pattern.substring(1).split("/"), segments);
        }

        private static boolean matches(String[] pattern, List<String> segments) {
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i].equals("**")) {
                    return true;
                }
                if (i >= segments.size() || !(pattern[i].equals("*") || pattern[i].equals(segments.get(i)))) {
                    return false;
                }
            }
            return pattern.length == segments.size();
        }
    }

    private static final Set<Role> SOP_OWNERS = Set.of(SOCIAL_MANAGER, ADMIN);
    private static final Set<Role> HISTORY_READERS = Set.of(AUDITOR, ADMIN);
    private static final Set<Role> ADMINS = Set.of(ADMIN);

    /** The parts Camunda Modeler sends besides its files (older releases send enable-duplicate-filtering). */
    static final Set<String> DEPLOYMENT_FIELDS = Set.of("deployment-name", "deployment-source",
            "deploy-changed-only", "enable-duplicate-filtering", "tenant-id");
    /** Parts Camunda reads as settings that Modeler never sends: never taken as file names either. */
    static final Set<String> OTHER_DEPLOYMENT_SETTINGS = Set.of("deployment-activation-time");

    static final List<Rule> RULES = rules();

    private EngineRestAllowList() {
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // Camunda Modeler's "Deploy to Camunda 7": connection check, version, deployment
        get(rules, SOP_OWNERS, "/version", "/deployment", "/deployment/count", "/deployment/*",
                "/deployment/*/resources", "/deployment/*/resources/*", "/deployment/*/resources/*/data");
        rules.add(new Rule("POST", "/deployment/create", SOP_OWNERS));
        // reading what is deployed: definitions, their XML and diagrams
        for (String definitions : List.of("/process-definition", "/decision-definition",
                "/decision-requirements-definition")) {
            get(rules, SOP_OWNERS, definitions, definitions + "/count", definitions + "/*", definitions + "/*/xml",
                    definitions + "/*/diagram", definitions + "/key/*", definitions + "/key/*/xml",
                    definitions + "/key/*/diagram", definitions + "/key/*/tenant-id/*",
                    definitions + "/key/*/tenant-id/*/xml", definitions + "/key/*/tenant-id/*/diagram");
        }
        // auditors: history, read only
        get(rules, HISTORY_READERS, "/history/**");
        // admins: read anything; the queries Cockpit sends as POST only read
        get(rules, ADMINS, "/**");
        post(rules, ADMINS, "/process-instance", "/process-instance/count", "/variable-instance",
                "/variable-instance/count", "/job", "/job/count", "/history/process-instance",
                "/history/process-instance/count", "/history/activity-instance", "/history/activity-instance/count",
                "/history/variable-instance", "/history/variable-instance/count", "/history/detail",
                "/history/task", "/history/task/count", "/history/decision-instance");
        // admins: operations on jobs, job definitions, suspension, migration, batches
        put(rules, ADMINS, "/job/*/retries", "/job/*/suspended", "/job/suspended", "/job-definition/*/retries",
                "/job-definition/*/suspended", "/job-definition/suspended", "/process-definition/*/suspended",
                "/process-definition/key/*/suspended", "/process-definition/key/*/tenant-id/*/suspended",
                "/process-definition/suspended", "/process-instance/*/suspended", "/process-instance/suspended",
                "/batch/*/suspended");
        post(rules, ADMINS, "/job/retries", "/job/*/execute", "/process-instance/suspended-async",
                "/migration/generate", "/migration/validate", "/migration/execute", "/migration/executeAsync");
        return List.copyOf(rules);
    }

    /** Whether a person with these roles may call the resource. */
    static boolean allows(Set<Role> roles, String method, List<String> resource) {
        return RULES.stream().anyMatch(rule -> rule.matches(method, resource)
                && rule.roles().stream().anyMatch(roles::contains));
    }

    private static void get(List<Rule> rules, Set<Role> roles, String... patterns) {
        Arrays.stream(patterns).forEach(pattern -> rules.add(new Rule("GET", pattern, roles)));
    }

    private static void post(List<Rule> rules, Set<Role> roles, String... patterns) {
        Arrays.stream(patterns).forEach(pattern -> rules.add(new Rule("POST", pattern, roles)));
    }

    private static void put(List<Rule> rules, Set<Role> roles, String... patterns) {
        Arrays.stream(patterns).forEach(pattern -> rules.add(new Rule("PUT", pattern, roles)));
    }
}
