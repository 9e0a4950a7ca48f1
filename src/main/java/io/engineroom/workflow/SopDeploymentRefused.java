package io.engineroom.workflow;

import java.util.List;

/** A deployment that was refused as a whole (nothing deployed), with every problem by file and element. */
public class SopDeploymentRefused extends RuntimeException {

    private final List<SopProblem> problems;

    public SopDeploymentRefused(List<SopProblem> problems) {
        super("Nothing deployed: " + problems.stream().map(SopProblem::toString).reduce((a, b) -> a + "; " + b)
                .orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<SopProblem> problems() {
        return problems;
    }
}
