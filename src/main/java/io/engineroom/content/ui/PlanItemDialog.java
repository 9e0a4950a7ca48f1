package io.engineroom.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Market;
import io.engineroom.brand.PillarSummary;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentMarkets;
import io.engineroom.content.ContentService;
import io.engineroom.identity.EngineIdentity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Plans a content item on one day: the brief's essentials and the time. The content-approval SOP starts as the
 * signed-in person. A refused brief keeps everything typed and shows each problem next to its field.
 */
class PlanItemDialog extends Dialog {

    final TextField title = new TextField("Title");
    final Select<String> objective = new Select<>();
    final TextArea keyMessage = new TextArea("Key message");
    final Select<PillarSummary> pillar = new Select<>();
    final CheckboxGroup<ChannelSummary> channels = new CheckboxGroup<>("Channels");
    final TimePicker time = new TimePicker("Time");
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    /** The brand's markets the item also goes out in, translated; shown when the brand has any. */
    final CheckboxGroup<Market> markets = new CheckboxGroup<>("Markets");
    private ContentMarkets contentMarkets;

    /**
     * What the form edits, its parts named like {@link ContentBrief}'s so the brief's problems find their fields
     * (the day is the dialog's, the time the form's); public because Binder builds it by reflection.
     */
    public record Draft(String title, String objective, String keyMessage, PillarSummary pillar,
            Set<ChannelSummary> channels, LocalTime publishAt) {
    }

    PlanItemDialog(String brandId, LocalDate day, ZoneId zone, ContentService content, List<PillarSummary> pillars,
            List<ChannelSummary> brandChannels, EngineIdentity engineIdentity, Runnable planned) {
        setId("plan-dialog");
        setHeaderTitle("Plan an item for " + day.format(DateTimeFormatter.ofPattern("EEE MMM d, yyyy",
                Locale.ENGLISH)));
        title.setId("new-title");
        title.setRequiredIndicatorVisible(true);
        objective.setId("new-objective");
        objective.setLabel("Objective");
        objective.setItems(ContentBrief.OBJECTIVES.stream().sorted().toList());
        objective.setEmptySelectionAllowed(true);
        objective.setEmptySelectionCaption("(none yet)");
        keyMessage.setId("new-key-message");
        pillar.setId("new-pillar");
        pillar.setLabel("Pillar");
        pillar.setItems(pillars);
        pillar.setItemLabelGenerator(p -> p == null ? "(none)" : p.name() + " · " + p.targetShare() + " %");
        pillar.setEmptySelectionAllowed(true);
        pillar.setEmptySelectionCaption("(none)");
        channels.setId("new-channels");
        channels.setItems(brandChannels);
        channels.setItemLabelGenerator(ChannelSummary::label);
        time.setId("new-time");
        time.setValue(LocalTime.of(10, 0));
        time.setHelperText("In the brand's time zone, " + zone.getId());
        binder.forField(title).bind("title");
        binder.forField(objective).bind("objective");
        binder.forField(keyMessage).bind("keyMessage");
        binder.forField(pillar).bind("pillar");
        binder.forField(channels).bind("channels");
        binder.forField(time).withValidator(Objects::nonNull, "Choose a time").bind("publishAt");

        FormLayout form = new FormLayout(title, objective, keyMessage, pillar, channels, time);
        form.setColspan(title, 2);
        form.setColspan(keyMessage, 2);
        form.setColspan(channels, 2);
        add(form);

        Button cancel = new Button("Cancel", click -> close());
        Button create = new Button("Plan item", click -> plan(brandId, day, zone, content, engineIdentity, planned));
        create.setId("create-item");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create);
    }

    private void plan(String brandId, LocalDate day, ZoneId zone, ContentService content,
            EngineIdentity engineIdentity, Runnable planned) {
        Draft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException shownAtTheFields) {
            return;
        }
        ContentBrief brief = new ContentBrief(draft.title(), draft.objective(), null,
                draft.keyMessage().isBlank() ? null : draft.keyMessage(),
                draft.pillar() == null ? null : draft.pillar().id(), null,
                day.atTime(draft.publishAt()).atZone(zone).toInstant(),
                draft.channels().stream().map(ChannelSummary::id).collect(Collectors.toSet()));
        try {
            long id = engineIdentity.asCurrentUser(() -> content.plan(brandId, brief));
            if (contentMarkets != null && !markets.getValue().isEmpty()) {
                contentMarkets.target(id, markets.getValue().stream().map(Market::code).collect(Collectors.toSet()));
            }
            close();
            Notices.success("Planned '" + draft.title().trim() + "' (content item " + id + ")");
            planned.run();
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        } catch (AccessDeniedException | org.camunda.bpm.engine.AuthorizationException refused) {
            Notices.error(refused.getMessage());
        }
    }

    /** Offers the brand's markets; the item targets the ones ticked (its SOP translates it for each). */
    PlanItemDialog withMarkets(List<Market> brandMarkets, ContentMarkets contentMarkets) {
        this.contentMarkets = contentMarkets;
        if (!brandMarkets.isEmpty()) {
            markets.setId("new-markets");
            markets.setItems(brandMarkets);
            markets.setItemLabelGenerator(Market::label);
            add(markets);
        }
        return this;
    }
}
