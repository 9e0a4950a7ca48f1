package io.engineroom.workflow.change;

/**
 * A reviewer approved an SOP change and asked for the running instances of the versions it replaces to move to it:
 * published in the approving transaction, heard after it commits ({@link ChangeMigration}), since the new versions
 * must be live before anything moves onto them.
 */
public record ChangeMigrationRequested(long changeId, String reviewer) {
}
