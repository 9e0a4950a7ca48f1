package io.engineroom.inbox;

/**
 * One measure of a retraining: the model active then and the candidate, graded on the same texts.
 *
 * @param examples how many texts the measure was taken on
 * @param before   the active model's figure (accuracy or macro-F1, 0..1)
 * @param after    the candidate's
 */
public record ClassifierFigure(String measure, int examples, double before, double after) {

    /**
     * How much lower a candidate's figure may be and still count as not worse: half a point, the sampling noise of an
     * evaluation set of some thousand texts. On fewer than 200 texts it is less than one text, so there "not worse"
     * means not one text more wrong.
     */
    public static final double TOLERANCE = 0.005;

    public boolean notWorse() {
        return after >= before - TOLERANCE;
    }
}
