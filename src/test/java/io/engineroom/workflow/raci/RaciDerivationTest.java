package io.engineroom.workflow.raci;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.RaciMatrix;
import io.engineroom.workflow.RaciStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RaciDerivationTest {

    static RaciMatrix contentApproval() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("processes/content-approval.bpmn"))) {
            return RaciDerivation.derive(in, 1);
        }
    }

    /** One line per step: its name, then each role's letters in the matrix's role order. */
    static List<String> table(RaciMatrix matrix) {
        List<String> rows = new ArrayList<>();
        rows.add("step | " + String.join(" | ", matrix.roles()));
        for (RaciStep step : matrix.steps()) {
            rows.add(step.name() + " | " + String.join(" | ",
                    matrix.roles().stream().map(role -> step.letters(role).isEmpty() ? "-" : step.letters(role))
                            .toList()));
        }
        return rows;
    }

    @Test
    void contentApprovalsMatrixIsReadFromTheModelCellByCell() throws IOException {
        RaciMatrix matrix = contentApproval();
        assertThat(matrix.key()).isEqualTo("content-approval");
        assertThat(table(matrix)).containsExactly(
                "step | social-manager | brand-reviewer | copywriter | legal | client-approver | designer",
                "Chase the approval | R | - | - | - | - | -",
                "Write brief | RI | A | - | - | - | -",
                "Write copy | I | A | R | C | C | -",
                "Create visual | I | A | - | C | C | R",
                "Brand review | I | RA | - | C | C | -",
                "Legal review | I | C | - | RA | - | -",
                "Client sign-off | I | C | - | C | RA | -",
                "Post by hand | R | - | - | - | - | -",
                "Verify publication | RA | - | - | - | - | -");
        assertThat(matrix.warnings()).isEmpty();
    }

    @Test
    void aStepWithoutCandidateGroupAndAStepTwoApproversClaimAreWarnedAbout() throws IOException {
        RaciMatrix matrix;
        try (InputStream in = getClass().getResourceAsStream("/raci/two-approvers.bpmn")) {
            matrix = RaciDerivation.derive(in, 3);
        }
        assertThat(table(matrix)).containsExactly(
                "step | copywriter | legal | brand-reviewer",
                "Draft | R | A | A",
                "Legal check | - | RA | -",
                "Brand check | - | - | RA",
                "Tidy up | - | - | -");
        assertThat(matrix.warnings()).containsExactly(
                "Draft: two roles claim A (legal, brand-reviewer)",
                "Tidy up: no R (the step has no candidate group)");
    }

    /** The crisis notice goes to whom crisis-notification.dmn names: read from the table, not a warning "no R". */
    @Test
    void aStepWhosePeopleADecisionPicksHasTheRolesOfThatDecisionTableAsR() throws IOException {
        DecisionRoles decisions = new DecisionRoles(key -> {
            try {
                return Optional.of(Files.newInputStream(Path.of("processes", key + ".dmn")));
            } catch (IOException e) {
                return Optional.empty();
            }
        }, Set.of("crisis-lead", "executive", "legal", "social-manager"));

        RaciMatrix withDecisions = crisis(decisions);
        RaciMatrix withoutDecisions = crisis(DecisionRoles.NONE);

        assertThat(step(withDecisions, "AcknowledgeNotice").responsible())
                .containsExactly("crisis-lead", "executive", "legal");
        assertThat(withDecisions.warnings()).noneMatch(warning -> warning.startsWith("Acknowledge the crisis notice"));
        assertThat(step(withoutDecisions, "AcknowledgeNotice").responsible()).isEmpty();
        assertThat(withoutDecisions.warnings())
                .contains("Acknowledge the crisis notice: no R (the step has no candidate group)");
    }

    private static RaciMatrix crisis(DecisionRoles decisions) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("processes/crisis-communication.bpmn"))) {
            return RaciDerivation.derive(in, 1, decisions);
        }
    }

    private static RaciStep step(RaciMatrix matrix, String id) {
        return matrix.steps().stream().filter(step -> step.id().equals(id)).findFirst().orElseThrow();
    }
}
