package io.engineroom.inbox;

import java.time.Instant;

/**
 * One interaction's text with what people said it is: the latest correction of each field. A field nobody
 * corrected is null (what the model said is no label).
 *
 * @param modelVersion the model that classified it at intake (null if it was corrected before versions were kept)
 * @param correctedAt  when its latest correction was made
 */
public record LabelledExample(String interactionId, String brandId, String text, Sentiment sentiment,
        Category category, String modelVersion, Instant correctedAt) {
}
