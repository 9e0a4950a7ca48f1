package io.engineroom.workflow;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the SOP lint refused, with every problem. A {@link BadUserRequestException} so that
 * {@code /engine-rest} answers 400 with the whole list as its message, which Camunda Modeler shows.
 */
public class SopRefused extends BadUserRequestException {

    private final transient List<SopProblem> problems;

    public SopRefused(List<SopProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<SopProblem> problems() {
        return problems;
    }

    /** The refusal inside a wrapped exception, or null when there is none. */
    public static SopRefused in(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SopRefused refused) {
                return refused;
            }
        }
        return null;
    }

    private static String describe(List<SopProblem> problems) {
        return "SOP lint refused the deployment (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was deployed):\n" + problems.stream().map(problem -> "  - " + problem)
                        .collect(Collectors.joining("\n"));
    }
}
