package io.engineroom.inbox.classification.evaluation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * How often a classifier said each label for each true label, and the figures read off it: accuracy, per-label
 * precision, recall and F1, and macro-F1. Macro-F1 averages over the labels that have true examples only: a label
 * no evaluation set covers (Engine Room's LEAD and PRAISE have no public source) would otherwise count as a zero
 * and drag the mean down for want of data, not for a wrong answer. Wrong answers naming such a label still cost
 * the true label its recall.
 */
public final class ConfusionMatrix<L extends Enum<L>> {

    private final Class<L> labels;
    private final long[][] counts;
    private long total;

    public ConfusionMatrix(Class<L> labels) {
        this.labels = labels;
        int size = labels.getEnumConstants().length;
        this.counts = new long[size][size];
    }

    public void add(L truth, L predicted) {
        counts[truth.ordinal()][predicted.ordinal()]++;
        total++;
    }

    public long count(L truth, L predicted) {
        return counts[truth.ordinal()][predicted.ordinal()];
    }

    public long total() {
        return total;
    }

    /** The labels with at least one true example, in declaration order. */
    public Set<L> covered() {
        Set<L> covered = EnumSet.noneOf(labels);
        for (L label : labels.getEnumConstants()) {
            if (support(label) > 0) {
                covered.add(label);
            }
        }
        return covered;
    }

    public double accuracy() {
        requireSomething();
        long right = 0;
        for (int i = 0; i < counts.length; i++) {
            right += counts[i][i];
        }
        return (double) right / total;
    }

    /** Of the texts the classifier gave this label, the share that truly had it; 0 when it never gave it. */
    public double precision(L label) {
        long said = 0;
        for (long[] row : counts) {
            said += row[label.ordinal()];
        }
        return said == 0 ? 0 : (double) count(label, label) / said;
    }

    /** Of the texts that truly had this label, the share the classifier found; 0 when none had it. */
    public double recall(L label) {
        long support = support(label);
        return support == 0 ? 0 : (double) count(label, label) / support;
    }

    public double f1(L label) {
        double precision = precision(label);
        double recall = recall(label);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The unweighted mean of F1 over {@link #covered()} labels: each label counts alike, however many texts. */
    public double macroF1() {
        requireSomething();
        return covered().stream().mapToDouble(this::f1).average().orElseThrow();
    }

    public long support(L label) {
        long support = 0;
        for (long count : counts[label.ordinal()]) {
            support += count;
        }
        return support;
    }

    /** Rows are the truth (covered labels only), columns what the classifier said (every label), then P/R/F1. */
    public String table(Function<L, String> name) {
        L[] all = labels.getEnumConstants();
        StringBuilder out = new StringBuilder(String.format("%-14s", "truth \\ said"));
        for (L label : all) {
            out.append(String.format("%11s", shorten(name.apply(label))));
        }
        out.append(String.format("%8s %8s %8s%n", "prec", "recall", "F1"));
        for (L truth : covered()) {
            out.append(String.format("%-14s", shorten(name.apply(truth))));
            for (L said : all) {
                out.append(String.format("%11d", count(truth, said)));
            }
            out.append(String.format(Locale.ROOT, "%8.3f %8.3f %8.3f%n", precision(truth), recall(truth), f1(truth)));
        }
        return out.toString();
    }

    private static String shorten(String name) {
        return name.length() <= 10 ? name : name.substring(0, 10);
    }

    private void requireSomething() {
        if (total == 0) {
            throw new IllegalStateException("Nothing was evaluated: no figure to give");
        }
    }
}
