package io.engineroom.workflow;

/** Narrows "My work": null means any brand or any SOP. */
public record InboxFilter(String brandId, String sopKey) {

    public static final InboxFilter ALL = new InboxFilter(null, null);
}
