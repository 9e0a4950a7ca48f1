package io.engineroom.workflow;

/** One SOP key as listed: its latest version's name and definition, and how many versions are deployed. */
public record SopSummary(String key, String name, SopKind kind, int latestVersion, String latestDefinitionId,
        int versions) {
}
