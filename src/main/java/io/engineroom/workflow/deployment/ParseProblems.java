package io.engineroom.workflow.deployment;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/** Turns Camunda's parse report into a message a person can act on: file, line, element, problem. */
final class ParseProblems {

    private ParseProblems() {
    }

    static String describe(ParseException e) {
        if (e.getResorceReports() == null || e.getResorceReports().isEmpty()) {
            return "An SOP cannot be deployed: " + e.getMessage();
        }
        return e.getResorceReports().stream()
                .filter(report -> !report.getErrors().isEmpty())
                .map(ParseProblems::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(ResourceReport report) {
        return report.getResourceName() + " cannot be deployed:\n" + report.getErrors().stream()
                .map(ParseProblems::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Problem problem) {
        StringBuilder where = new StringBuilder("  - ");
        if (problem.getLine() > 0) {
            where.append("line ").append(problem.getLine()).append(", ");
        }
        if (problem.getMainElementId() != null) {
            where.append("element '").append(problem.getMainElementId()).append("': ");
        }
        return where.append(problem.getMessage()).toString();
    }
}
