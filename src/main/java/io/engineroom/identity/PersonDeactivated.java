package io.engineroom.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person was deactivated, published inside the change's transaction: the notification module tells the brands'
 * social managers (identity must not depend on it), and lists which of the person's open tasks went back to their
 * groups.
 *
 * @param brandIds      the brands they belonged to
 * @param releasedTasks the open tasks they had claimed, now unassigned
 * @param by            who deactivated them (user id)
 */
public record PersonDeactivated(String userId, String displayName, Set<String> brandIds,
        List<ReleasedTask> releasedTasks, String by, Instant at) {

    public PersonDeactivated {
        brandIds = Set.copyOf(brandIds);
        releasedTasks = List.copyOf(releasedTasks);
    }

    /** A task that went back to its candidate groups, with its brand (tenant id; null for a task of no brand). */
    public record ReleasedTask(String taskId, String name, String brandId) {
    }
}
