package io.engineroom.brand;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * "Submit anyway", shown under a form once the voice check has flagged it: the person ticks it and says why, and
 * the next submit goes through with the override recorded ({@link VoiceCheck#recordOverride}). Hidden until
 * something is flagged; a changed text is checked again, so an override applies to what was flagged.
 */
public class VoiceOverrideBox extends VerticalLayout {

    final Paragraph about = new Paragraph();
    public final Checkbox submitAnyway = new Checkbox("Submit anyway");
    public final TextArea reason = new TextArea("Why it should go out as it is");

    public VoiceOverrideBox(String idPrefix) {
        setId(idPrefix + "-voice-override");
        addClassName("er-voice-override");
        setPadding(false);
        about.setText("The voice check flagged this text (see the messages at the fields). Change it, or submit it "
                + "as it is and say why: the override is recorded with your name.");
        submitAnyway.setId(idPrefix + "-submit-anyway");
        reason.setId(idPrefix + "-override-reason");
        reason.setWidthFull();
        reason.setMaxLength(VoiceCheck.MAX_REASON);
        reason.setVisible(false);
        submitAnyway.addValueChangeListener(change -> reason.setVisible(change.getValue()));
        add(about, submitAnyway, reason);
        setVisible(false);
    }

    /** Shows the box after a check that flagged something. */
    public void flagged() {
        setVisible(true);
    }

    /** Hides and clears it: nothing flagged, or the text went out. */
    public void reset() {
        submitAnyway.setValue(false);
        reason.clear();
        reason.setInvalid(false);
        setVisible(false);
    }

    /** Whether the person chose to submit anyway (the box is shown and ticked). */
    public boolean overriding() {
        return isVisible() && submitAnyway.getValue();
    }

    /** Marks the reason as missing or refused, next to it. */
    public void reasonRefused(String problem) {
        reason.setErrorMessage(problem);
        reason.setInvalid(true);
    }
}
