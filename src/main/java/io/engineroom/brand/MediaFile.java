package io.engineroom.brand;

/**
 * What a platform's media rules look at in one file: its type (from its bytes), size, and where known its pixel
 * dimensions (images) and length (videos).
 *
 * @param width null when unknown (a video, or an image the JDK cannot read)
 * @param seconds a video's length, null when unknown
 */
public record MediaFile(String name, String contentType, long sizeBytes, Integer width, Integer height,
        Double seconds) {

    public boolean video() {
        return contentType != null && contentType.startsWith("video/");
    }
}
