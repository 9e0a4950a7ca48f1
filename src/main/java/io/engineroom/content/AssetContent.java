package io.engineroom.content;

/** One asset's bytes with what a browser needs to show them. */
public record AssetContent(String fileName, String contentType, byte[] bytes) {
}
