package io.engineroom.crisis;

import java.util.List;

/**
 * The incident's holding statement: the draft while the crisis lead writes it and legal and the executive sign it
 * off, then the published text with who approved it.
 *
 * @param approvers who signed the text off (legal, executive), in that order; empty while none has
 */
public record HoldingStatement(String text, boolean published, List<String> approvers) {

    public HoldingStatement {
        approvers = List.copyOf(approvers);
    }
}
