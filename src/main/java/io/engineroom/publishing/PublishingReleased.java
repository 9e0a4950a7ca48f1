package io.engineroom.publishing;

/** A brand's freeze was released; the content module decides from the choice what happens to held posts. */
public record PublishingReleased(String brandId, ReleaseChoice choice, String releasedBy) {
}
