package io.engineroom.workflow;

import java.util.Locale;

/**
 * What a work list shows instead of an exact count: the number up to {@value #SHOWN}, "1,000+" past it. Counting
 * stops at {@link #QUERY_CAP} rows, so the figure costs the same at 100 000 open tasks as at 1 000; an exact count
 * cost p95 171 ms there while the page itself took 5 ms (README, Performance).
 */
public final class CappedCount {

    /** The largest number shown as it is. */
    public static final int SHOWN = 1000;
    /** How far a count goes: one more than is shown, to know that there are more. */
    public static final int QUERY_CAP = SHOWN + 1;

    private CappedCount() {
    }

    /** "No tasks", "1 task", "37 tasks", "1,000+ tasks" for a count taken up to {@link #QUERY_CAP}. */
    public static String label(long counted, String one, String many) {
        if (counted == 0) {
            return "No " + many;
        }
        if (counted > SHOWN) {
            return String.format(Locale.ROOT, "%,d+ %s", SHOWN, many);
        }
        return String.format(Locale.ROOT, "%,d %s", counted, counted == 1 ? one : many);
    }
}
