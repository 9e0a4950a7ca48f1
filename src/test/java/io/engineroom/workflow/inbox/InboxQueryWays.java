package io.engineroom.workflow.inbox;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The task inbox's queries forced one way or the other for a key filter, so a test with a handful of interactions
 * can check that walking the queue and looking the tasks up by key give the same answer (the application chooses
 * by how many ids the filter admits, see {@link InboxQuery#FEW_KEYS}).
 */
public final class InboxQueryWays {

    private InboxQueryWays() {
    }

    /** Walks the queue in due order and tests each task against the filter, however few ids it admits. */
    public static InboxQuery walkingTheQueue(NamedParameterJdbcTemplate jdbc) {
        return new InboxQuery(jdbc, -1);
    }

    /** Reads the admitted ids first and looks their tasks up by business key, however many. */
    public static InboxQuery lookingUpByKey(NamedParameterJdbcTemplate jdbc) {
        return new InboxQuery(jdbc, Integer.MAX_VALUE);
    }
}
