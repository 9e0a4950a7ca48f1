package io.engineroom.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.VoiceCheck;
import io.engineroom.brand.VoiceFlag;
import io.engineroom.brand.VoiceGuideCard;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.brand.VoiceOverrideBox;
import io.engineroom.brand.VoiceText;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.ConversationThread;
import io.engineroom.inbox.ConversationThreads;
import io.engineroom.inbox.InteractionCorrections;
import io.engineroom.inbox.InteractionResponses;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.inbox.Moderation;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.inbox.TemplateSummary;
import io.engineroom.inbox.ThreadEntry;
import io.engineroom.workflow.TaskActionException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The selected interaction's conversation thread (everything its author sent the brand and what the brand
 * replied), its classification to correct, what was answered before (the brand's most similar answered
 * interactions, whose replies can be copied into the reply), and what to do about it: reply (from a template or
 * not, with the brand's voice guide beside it and its check on send), moderate, hand off, raise a crisis, or
 * close without a response. Every text a stranger wrote is set as text, never as markup.
 */
class ThreadPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ConversationThreads threads;
    private final ResponseTemplates templates;
    private final InteractionCorrections corrections;
    private final InteractionResponses responses;
    private final SimilarInteractions similar;
    private final Runnable onDecided;
    private QueueEntry entry;
    private final VoiceGuides voiceGuides;
    private final VoiceCheck voiceCheck;
    final VoiceOverrideBox submitAnyway = new VoiceOverrideBox("reply");

    final ComboBox<Sentiment> sentiment = new ComboBox<>("Sentiment");
    final ComboBox<Category> category = new ComboBox<>("Category");
    final ComboBox<TemplateSummary> template = new ComboBox<>("Template");
    final TextArea replyText = new TextArea("Reply");
    final TextField note = new TextField("Note (hand-off, crisis, no response)");

    ThreadPanel(ConversationThreads threads, ResponseTemplates templates, InteractionCorrections corrections,
            InteractionResponses responses, SimilarInteractions similar, VoiceGuides voiceGuides,
            VoiceCheck voiceCheck, Runnable onDecided) {
        this.voiceGuides = voiceGuides;
        this.voiceCheck = voiceCheck;
        this.threads = threads;
        this.similar = similar;
        this.templates = templates;
        this.corrections = corrections;
        this.responses = responses;
        this.onDecided = onDecided;
        setId("thread");
        setPadding(false);
        sentiment.setId("correct-sentiment");
        sentiment.setItems(Sentiment.values());
        category.setId("correct-category");
        category.setItems(Category.values());
        template.setId("template");
        template.setItemLabelGenerator(TemplateSummary::name);
        template.setClearButtonVisible(true);
        template.addValueChangeListener(change -> useTemplate(change.getValue()));
        replyText.setId("reply-text");
        replyText.setWidthFull();
        replyText.setValueChangeMode(ValueChangeMode.EAGER);
        replyText.addValueChangeListener(change -> countCharacters());
        note.setId("response-note");
        note.setWidthFull();
        note.setMaxLength(InteractionResponses.MAX_NOTE);
        add(new Paragraph("Select an interaction to see its thread."));
    }

    void show(QueueEntry selected) {
        this.entry = selected;
        removeAll();
        ConversationThread thread;
        try {
            thread = threads.of(selected.interaction().id());
        } catch (InvalidInput | AccessDeniedException gone) {
            add(new Paragraph(gone.getMessage()));
            return;
        }
        InteractionSummary interaction = thread.selected();
        H3 title = new H3();
        title.setText(interaction.authorDisplay() + " (" + interaction.authorHandle() + ")");
        add(title, entries(thread, interaction.id()));
        if (interaction.languageName() != null) {
            add(language(interaction));
        }
        add(classification(interaction));
        // before the reply box: "Use this reply" fills the field below it; the service checks role and brand again
        AnsweredBeforePanel.forInteraction(similar, interaction.id(), this::useReply).ifPresent(this::add);
        add(replyBox(interaction), otherDecisions());
        add(askToRepost(interaction));
    }

    /**
     * Reposting the author's post starts with asking them: the Community screen (module community, reached by its
     * route so the inbox does not depend on it) opens its permission request for this interaction.
     */
    private static Anchor askToRepost(InteractionSummary interaction) {
        String query = QueryParameters.simple(Map.of("brand", interaction.brandId(), "interaction", interaction.id(),
                "author", interaction.authorHandle())).getQueryString();
        Anchor anchor = new Anchor("community?" + query, "Ask to repost (permission first)");
        anchor.setId("ask-to-repost");
        return anchor;
    }

    /** A reply that went out before, into the reply field to edit (a template chosen earlier no longer applies). */
    private void useReply(String reply) {
        template.clear();
        replyText.setValue(reply);
    }

    /** The detected language; for text the models do not read, that a person sets the category. */
    static Span language(InteractionSummary interaction) {
        String text = "Language: " + interaction.languageName() + " (" + interaction.language() + ")";
        if (interaction.category() == Category.UNCLASSIFIED) {
            text += ". Not classified: the models read English only, so please read it and set the category.";
        }
        Span language = new Span(text);
        language.setId("interaction-language");
        language.addClassName("er-thread__language");
        return language;
    }

    /** The thread's messages as text, oldest first; the one with {@code selectedId} is marked. */
    static Div entries(ConversationThread thread, String selectedId) {
        Div entries = new Div();
        entries.setId("thread-entries");
        entries.setWidthFull();
        for (ThreadEntry one : thread.entries()) {
            Div message = new Div();
            message.addClassNames("thread-entry", "er-thread__entry");
            Span meta = new Span();
            meta.addClassName("er-thread__meta");
            Span text = new Span();
            text.addClassNames("thread-text", "er-thread__text");
            text.setText(one.text());
            if (one.reply()) {
                message.addClassNames("reply", "er-thread__entry--reply");
                meta.setText("Reply by " + (one.who() == null ? "?" : one.who()) + " · " + WHEN.format(one.at())
                        + " · " + one.channelLabel() + " · " + replyState(one));
            } else {
                meta.setText(one.who() + " · " + WHEN.format(one.at()) + " · " + one.channelLabel());
            }
            if (one.interactionId().equals(selectedId) && !one.reply()) {
                message.addClassNames("selected", "er-thread__entry--selected");
            }
            message.add(meta, text);
            if (one.moderation() != null) {
                Span moderation = new Span("Moderation: " + one.moderation());
                moderation.addClassNames("thread-moderation", "er-thread__moderation");
                message.add(moderation);
            }
            entries.add(message);
        }
        return entries;
    }

    private static String replyState(ThreadEntry reply) {
        if (reply.outcome() == null) {
            return "sending";
        }
        return reply.outcome().name().toLowerCase().replace('_', ' ')
                + (reply.detail() == null ? "" : " (" + reply.detail() + ")");
    }

    private HorizontalLayout classification(InteractionSummary interaction) {
        sentiment.setInvalid(false);
        category.setInvalid(false);
        sentiment.setValue(interaction.sentiment());
        category.setValue(interaction.category());
        // which model classified it stays known after a person's correction
        category.setHelperText(interaction.modelVersion() == null ? "Model unknown"
                : "Classified by " + interaction.modelVersion());
        Button save = new Button("Save classification", click -> saveClassification());
        save.setId("save-classification");
        HorizontalLayout row = new HorizontalLayout(sentiment, category, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void saveClassification() {
        try {
            corrections.correct(entry.interaction().id(), sentiment.getValue(), category.getValue());
        } catch (InvalidInput refused) {
            showProblems(refused.problems());
            return;
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
            return;
        }
        Notices.success("Classification saved");
        onDecided.run();
        show(entry);
    }

    private VerticalLayout replyBox(InteractionSummary interaction) {
        try {
            template.setItems(templates.of(interaction.brandId()));
        } catch (AccessDeniedException refused) {
            template.setItems();
        }
        template.clear();
        replyText.clear();
        replyText.setInvalid(false);
        replyText.setMaxLength(Math.min(interaction.maxReplyLength(), InteractionResponses.MAX_REPLY));
        countCharacters();
        submitAnyway.reset();
        Button send = new Button("Send reply", click -> sendReply(interaction));
        send.setId("send-reply");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout box = new VerticalLayout(new H4("Reply"));
        VoiceGuideCard.of(voiceGuides, interaction.brandId()).ifPresent(box::add);
        box.add(template, replyText, submitAnyway, send);
        box.setPadding(false);
        return box;
    }

    /**
     * Sends the reply unless the brand's voice check flags it: then the flags show at the reply and nothing is sent
     * until the text changes or the person ticks "Submit anyway" with a reason, which is recorded first.
     */
    private void sendReply(InteractionSummary interaction) {
        String text = replyText.getValue();
        List<VoiceFlag> flags = voiceCheck.check(interaction.brandId(), List.of(new VoiceText("replyText", text)),
                false);
        if (!flags.isEmpty()) {
            if (!submitAnyway.overriding()) {
                invalid(replyText, VoiceCheck.byField(flags).get("replyText"));
                submitAnyway.flagged();
                return;
            }
            try {
                voiceCheck.recordOverride(interaction.brandId(), "reply", "interaction:" + interaction.id(),
                        entry.taskId(), flags, submitAnyway.reason.getValue());
            } catch (InvalidInput refused) {
                submitAnyway.reasonRefused(refused.problems().getOrDefault("reason", refused.getMessage()));
                return;
            }
        }
        decide(() -> responses.reply(entry.taskId(), text),
                "Reply sent to the SOP: it shows in the thread once the channel has it");
    }

    private void useTemplate(TemplateSummary chosen) {
        if (chosen == null) {
            return;
        }
        try {
            replyText.setValue(templates.fill(chosen.id(), entry.interaction().id()));
        } catch (InvalidInput | AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void countCharacters() {
        replyText.setHelperText(replyText.getValue().codePointCount(0, replyText.getValue().length()) + " / "
                + replyText.getMaxLength() + " characters");
    }

    private VerticalLayout otherDecisions() {
        HorizontalLayout moderate = new HorizontalLayout(
                decision("Hide", "moderate-hide", () -> responses.moderate(entry.taskId(), Moderation.HIDE)),
                decision("Delete", "moderate-delete", () -> responses.moderate(entry.taskId(), Moderation.DELETE)),
                decision("Mark as spam", "moderate-spam", () -> responses.moderate(entry.taskId(), Moderation.SPAM)),
                decision("Block author", "moderate-block", () -> responses.moderate(entry.taskId(), Moderation.BLOCK)),
                decision("Mute author", "moderate-mute", () -> responses.moderate(entry.taskId(), Moderation.MUTE)));
        HorizontalLayout close = new HorizontalLayout(
                decision("Hand off to support", "hand-off", () -> responses.handOff(entry.taskId(), note.getValue())),
                decision("Raise crisis", "raise-crisis", () -> responses.raiseCrisis(entry.taskId(), note.getValue())),
                decision("No response needed", "no-response",
                        () -> responses.noResponse(entry.taskId(), note.getValue())));
        note.clear();
        note.setInvalid(false);
        VerticalLayout decisions = new VerticalLayout(new H4("Moderate"), moderate, new H4("Or"), note, close);
        decisions.setPadding(false);
        return decisions;
    }

    private Button decision(String label, String id, Runnable action) {
        Button button = new Button(label, click -> decide(action, label + ": done"));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void decide(Runnable action, String done) {
        try {
            action.run();
        } catch (InvalidInput refused) {
            showProblems(refused.problems());
            return;
        } catch (TaskActionException refused) {
            showProblems(refused.fieldErrors());
            Notices.error(refused.getMessage());
            return;
        } catch (AccessDeniedException refused) {
            Notices.error(refused.getMessage());
            return;
        }
        Notices.success(done);
        onDecided.run();
        show(entry);
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, problem) -> {
            switch (field) {
                case "replyText" -> invalid(replyText, problem);
                case "responseNote" -> invalid(note, problem);
                case "sentiment" -> {
                    sentiment.setErrorMessage(problem);
                    sentiment.setInvalid(true);
                }
                case "category" -> {
                    category.setErrorMessage(problem);
                    category.setInvalid(true);
                }
                default -> Notices.error(problem);
            }
        });
    }

    private static void invalid(TextArea field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }

    private static void invalid(TextField field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }
}
