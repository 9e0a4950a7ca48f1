package io.engineroom.inbox;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.classifier.*}: how an admin's retraining of the classifier is graded.
 *
 * @param evaluationDir      a directory of public labelled files nobody here wrote, as their publishers ship them
 *                           (see {@link io.engineroom.inbox.classification.evaluation.EvaluationSet} for which);
 *                           unset (the default, env {@code ENGINEROOM_CLASSIFIER_EVALUATION_DIR}), a retraining is
 *                           graded on held-out corrections alone and the screen says so
 * @param evaluationPerLabel at most this many texts of each sentiment band and category are read from it: the
 *                           evaluation embeds every text, a few milliseconds each
 * @param correctionsWindow  corrections made this recently are split in two halves, one held out for grading; older
 *                           ones all train
 */
@Validated
@ConfigurationProperties("engineroom.classifier")
public record ClassifierSettings(String evaluationDir, @DefaultValue("500") @Min(1) int evaluationPerLabel,
        @DefaultValue("90d") @DurationMin(days = 1) Duration correctionsWindow) {

    /** The evaluation directory, or null when none is set (an empty value from the environment is none). */
    public Path evaluationPath() {
        return evaluationDir == null || evaluationDir.isBlank() ? null : Path.of(evaluationDir.strip());
    }
}
