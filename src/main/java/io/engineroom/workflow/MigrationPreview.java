package io.engineroom.workflow;

import java.util.List;

/**
 * What migrating the running instances of one SOP version to another would do: the activities the plan maps
 * (equal ids, event triggers updated), the plan's problems (instructions Camunda refused and left out), and for
 * each instance in the reader's brands whether it can move and why not.
 */
public record MigrationPreview(SopVersion source, SopVersion target, List<String> mappedActivities,
        List<String> planProblems, List<InstanceCheck> instances) {

    public MigrationPreview {
        mappedActivities = List.copyOf(mappedActivities);
        planProblems = List.copyOf(planProblems);
        instances = List.copyOf(instances);
    }

    public List<String> movableInstanceIds() {
        return instances.stream().filter(InstanceCheck::canMove).map(InstanceCheck::instanceId).toList();
    }

    /** One running instance: where it is (active activity ids) and whether the plan can move it. */
    public record InstanceCheck(String instanceId, String businessKey, String brand, List<String> activities,
            boolean canMove, List<String> reasons) {

        public InstanceCheck {
            activities = List.copyOf(activities);
            reasons = List.copyOf(reasons);
        }
    }
}
