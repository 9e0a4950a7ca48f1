package io.engineroom.benchmark;

import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.classification.evaluation.EvaluationFiles;
import io.engineroom.inbox.classification.evaluation.EvaluationSet;
import io.engineroom.inbox.classification.evaluation.RatedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The texts of an intake burst, taken from the public evaluation data the classifier is graded on (VADER's ICWSM-2014
 * tweets and Amazon review snippets, see {@link EvaluationSet}; not in this repository, read from {@code eval.dir}),
 * never sentences written here: the burst's background is the texts the raters found neutral or positive, and a block
 * of texts they found negative ({@link RatedText#band()}) stands for a spike. Both lists are shuffled with a fixed
 * seed, so the same files give the same burst.
 *
 * @param background the non-negative texts, used in turn (a burst longer than the list uses them again)
 * @param negative   the negative texts, used in turn for the spike's block
 */
record BurstTexts(List<String> background, List<String> negative) {

    static final long SEED = 22;

    BurstTexts {
        if (background.isEmpty() || negative.isEmpty()) {
            throw new IllegalStateException("No texts to burst with");
        }
        background = List.copyOf(background);
        negative = List.copyOf(negative);
    }

    /**
     * Reads {@value EvaluationSet#TWEETS} and, if there, {@value EvaluationSet#AMAZON} from {@code directory}.
     *
     * @throws IllegalStateException naming the directory and where the files come from, when the tweets are missing
     */
    static BurstTexts read(Path directory) throws IOException {
        Path tweets = directory.resolve(EvaluationSet.TWEETS);
        if (!Files.isRegularFile(tweets)) {
            throw new IllegalStateException("No " + tweets.toAbsolutePath().normalize() + ": the burst's texts are"
                    + " VADER's ground truth (cjhutto/vaderSentiment, additional_resources/hutto_ICWSM_2014.tar.gz,"
                    + " MIT); put tweets_GroundTruth.txt (and amazonReviewSnippets_GroundTruth.txt) there or name their"
                    + " directory with -Deval.dir");
        }
        List<RatedText> rated = new ArrayList<>(EvaluationFiles.vaderGroundTruth(tweets));
        Path amazon = directory.resolve(EvaluationSet.AMAZON);
        if (Files.isRegularFile(amazon)) {
            rated.addAll(EvaluationFiles.vaderGroundTruth(amazon));
        }
        List<String> background = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        rated.forEach(text -> (text.band() == Sentiment.NEGATIVE ? negative : background).add(text.text()));
        Collections.shuffle(background, new Random(SEED));
        Collections.shuffle(negative, new Random(SEED));
        return new BurstTexts(background, negative);
    }

    /** The same texts, the background only those {@code keep} accepts. */
    BurstTexts background(Predicate<String> keep) {
        return new BurstTexts(background.stream().filter(keep).toList(), negative);
    }

    String background(int n) {
        return background.get(n % background.size());
    }

    String negative(int n) {
        return negative.get(n % negative.size());
    }
}
