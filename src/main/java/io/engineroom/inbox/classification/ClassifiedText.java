package io.engineroom.inbox.classification;

import io.engineroom.inbox.Classification;
import java.util.Objects;

/**
 * A classification and the sentence embedding it was read from. The embedding is the costly part of reading a
 * text (a model pass; the heads are a few thousand multiply-adds), and "answered before" compares interactions by
 * the very same embedding, so the intake keeps it rather than have the model read the text a second time. A
 * carrier from the classifier to the intake only: never stored or compared as a whole (an array component makes
 * the record's equals an identity check).
 *
 * @param embedding {@link SentenceEmbeddings#DIMENSIONS} floats, unit length (or zero for a text with nothing to
 *        read); the caller may keep it, the classifier holds no reference to it
 */
public record ClassifiedText(Classification classification, float[] embedding) {

    public ClassifiedText {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(embedding, "embedding");
    }
}
