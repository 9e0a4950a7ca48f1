package io.engineroom.inbox;

/** What a bulk action did to one row: done, or why not. */
public record RowResult(String taskId, boolean done, String problem) {

    static RowResult ok(String taskId) {
        return new RowResult(taskId, true, null);
    }

    static RowResult failed(String taskId, String problem) {
        return new RowResult(taskId, false, problem);
    }
}
