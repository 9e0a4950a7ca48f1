package io.engineroom.content;

/** A content item as other modules and views see it. */
public record ContentItemSummary(long id, String brandId, String title, String state, String processInstanceId) {
}
