package io.engineroom.workflow;

/** A deployed model as a file: its name and its exact deployed bytes. */
public record SopExport(String fileName, byte[] content) {
}
