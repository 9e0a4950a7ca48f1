package io.engineroom.crisis;

import java.util.List;

/**
 * The incident's holding statement as the room shows it: the text the crisis lead is drafting (the scenario's
 * template at first), then the draft legal and the executive sign off, then the text that went out with who approved
 * it and how each channel took it.
 *
 * @param approvers who signed this text off (legal, executive), in that order; empty while none has or while it is
 *        being drafted
 * @param channels how each channel took the approved text; empty before it went out
 */
public record HoldingStatement(String text, Stage stage, List<String> approvers,
        List<PublishedStatement.OnChannel> channels) {

    public enum Stage {
        DRAFTING,
        SIGN_OFF,
        /** Approved and sent, but on no channel yet: still going out, failed, or to be posted by hand. */
        GOING_OUT,
        PUBLISHED
    }

    public HoldingStatement {
        approvers = List.copyOf(approvers);
        channels = List.copyOf(channels);
    }

    public boolean published() {
        return stage == Stage.PUBLISHED;
    }
}
