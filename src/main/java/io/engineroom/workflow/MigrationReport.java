package io.engineroom.workflow;

import java.util.List;

/** What a migration did, instance by instance: moved to the target version, or not and why. */
public record MigrationReport(SopVersion source, SopVersion target, List<Outcome> outcomes) {

    public MigrationReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<Outcome> moved() {
        return outcomes.stream().filter(Outcome::moved).toList();
    }

    public List<Outcome> notMoved() {
        return outcomes.stream().filter(outcome -> !outcome.moved()).toList();
    }

    public record Outcome(String instanceId, String businessKey, boolean moved, List<String> reasons) {

        public Outcome {
            reasons = List.copyOf(reasons);
        }
    }
}
