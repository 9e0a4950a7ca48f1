package io.engineroom.publishing;

/** One image or video to attach to a post. */
public record Media(byte[] bytes, String contentType, String fileName) {

    public Media {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("Media without content");
        }
        if (contentType == null || contentType.isBlank() || fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("Media needs a content type and a file name");
        }
    }

    public String describe() {
        return fileName + " (" + contentType + ", " + bytes.length + " bytes)";
    }
}
