package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.brand.EmojiPolicy;
import io.engineroom.brand.VoiceGuide;
import io.engineroom.brand.VoiceGuideForm;
import io.engineroom.brand.VoiceGuides;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A brand's voice guide as a form: the tone in words, lists one entry per line, the emoji policy with its maximum,
 * and the disclosures paid or influencer posts carry. Saved whole by {@link VoiceGuides#save}, which checks who is
 * asking; a refusal shows next to its field and nothing is saved.
 */
class VoiceEditor extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final VoiceGuides guides;
    private final String brandId;
    final TextArea tone = new TextArea("Tone");
    final TextArea wordsToUse = new TextArea("Words to use");
    final TextArea wordsToAvoid = new TextArea("Words to avoid");
    final TextArea approvedPhrases = new TextArea("Approved phrases");
    final TextArea hashtags = new TextArea("Hashtags");
    final RadioButtonGroup<EmojiPolicy> emojiPolicy = new RadioButtonGroup<>("Emoji");
    final IntegerField emojiMax = new IntegerField("Most emoji per text");
    final TextArea disclosures = new TextArea("Required disclosures (paid promotion, influencer post)");
    final Button save = new Button("Save voice guide");
    final Span saved = new Span();
    private final Binder<VoiceGuideForm> binder = new Binder<>(VoiceGuideForm.class);

    VoiceEditor(VoiceGuides guides, String brandId) {
        this.guides = guides;
        this.brandId = brandId;
        Paragraph about = new Paragraph("How the brand sounds, shown beside every copy, reply and holding statement "
                + "task. On submit, the voice check flags words to avoid, too many emoji and a missing disclosure; "
                + "the writer may submit anyway with a reason, which is recorded. Lists take one entry per line.");
        about.addClassName("er-intro");
        tone.setId("voice-edit-tone");
        tone.setPlaceholder("Warm, plain, a little playful; never sarcastic");
        wordsToUse.setId("voice-edit-use");
        wordsToAvoid.setId("voice-edit-avoid");
        wordsToAvoid.setHelperText("Whole words, any case: \u201ccheap\u201d flags \u201cCheap!\u201d, not "
                + "\u201ccheaper\u201d");
        approvedPhrases.setId("voice-edit-phrases");
        hashtags.setId("voice-edit-hashtags");
        emojiPolicy.setId("voice-edit-emoji");
        emojiPolicy.setItems(EmojiPolicy.values());
        emojiPolicy.setItemLabelGenerator(EmojiPolicy::label);
        emojiPolicy.addValueChangeListener(change -> emojiMax.setEnabled(change.getValue() == EmojiPolicy.SPARINGLY));
        emojiMax.setId("voice-edit-emoji-max");
        emojiMax.setStepButtonsVisible(true);
        disclosures.setId("voice-edit-disclosures");
        disclosures.setHelperText("Any one of them is enough, e.g. #ad; a hashtag must be a hashtag in the text");
        save.setId("voice-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setId("voice-saved");
        binder.forField(tone).bind("tone");
        binder.forField(wordsToUse).bind("wordsToUse");
        binder.forField(wordsToAvoid).bind("wordsToAvoid");
        binder.forField(approvedPhrases).bind("approvedPhrases");
        binder.forField(hashtags).bind("hashtags");
        binder.forField(emojiPolicy).asRequired("Choose how many emoji the brand uses").bind("emojiPolicy");
        binder.forField(emojiMax).bind("emojiMax");
        binder.forField(disclosures).bind("disclosures");
        binder.readRecord(guides.form(brandId));
        emojiMax.setEnabled(emojiPolicy.getValue() == EmojiPolicy.SPARINGLY);
        guides.of(brandId).ifPresent(guide -> saved.setText(lastSaved(guide)));
        FormLayout form = new FormLayout(tone, wordsToUse, wordsToAvoid, approvedPhrases, hashtags, emojiPolicy,
                emojiMax, disclosures);
        form.setMaxWidth("48em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(tone, 2);
        form.setColspan(disclosures, 2);
        add(about, form, save, saved);
    }

    private void save() {
        saved.setText("");
        VoiceGuideForm entered;
        try {
            entered = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            VoiceGuide guide = guides.save(brandId, entered);
            binder.readRecord(guides.form(brandId));
            saved.setText(lastSaved(guide));
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }

    /** The guide's last editor and time; every earlier change is in the audit trail (History, admin changes). */
    private static String lastSaved(VoiceGuide guide) {
        return "Last saved by " + guide.updatedBy() + " at " + WHEN.format(guide.updatedAt());
    }
}
