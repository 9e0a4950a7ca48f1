package io.engineroom.publishing;

/** A brand's publishing was frozen. */
public record PublishingFrozen(String brandId, String reason, String frozenBy) {
}
