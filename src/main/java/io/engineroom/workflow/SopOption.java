package io.engineroom.workflow;

/** A deployed SOP as offered in filters: process definition key and name. */
public record SopOption(String key, String name) {
}
