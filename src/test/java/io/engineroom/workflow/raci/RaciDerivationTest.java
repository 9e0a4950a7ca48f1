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
                "Verify publication | R | - | - | - | - | -");
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
}
