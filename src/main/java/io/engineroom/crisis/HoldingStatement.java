package io.engineroom.crisis;

import java.util.List;

/**
 * The incident's holding statement as the room shows it: the text the crisis lead is drafting (the scenario's
 * template at first), then the draft legal and the executive sign off, then the published text with who approved it.
 *
 * @param approvers who signed this text off (legal, executive), in that order; empty while none has or while it is
 *        being drafted
 */
public record HoldingStatement(String text, Stage stage, List<String> approvers) {

    public enum Stage { DRAFTING, SIGN_OFF, PUBLISHED }

    public HoldingStatement {
        approvers = List.copyOf(approvers);
    }

    public boolean published() {
        return stage == Stage.PUBLISHED;
    }
}
