package io.engineroom.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.ChannelVariants;
import io.engineroom.content.ContentPiece;
import io.engineroom.content.VariantView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The copywriter's channel variants: one text per planned channel with a live count against its platform's
 * limit. Saving saves each channel on its own, so a text that does not fit is refused next to its field while the
 * others are kept. An empty field means the caption goes out on that channel.
 */
class VariantsEditor extends VerticalLayout {

    private final long contentItemId;
    private final ChannelVariants variants;
    private final Map<ChannelSummary, TextArea> fields = new LinkedHashMap<>();

    VariantsEditor(ContentPiece piece, List<VariantView> written, ChannelVariants variants) {
        this.contentItemId = piece.id();
        this.variants = variants;
        setId("variants-editor");
        setPadding(false);
        setSpacing(false);
        Map<Long, String> texts = written.stream()
                .collect(Collectors.toMap(view -> view.channel().id(), VariantView::text));
        piece.channels().forEach(channel -> add(field(channel, texts.getOrDefault(channel.id(), ""))));
        Button save = new Button("Save variants", click -> save());
        save.setId("save-variants");
        add(save);
    }

    private VerticalLayout field(ChannelSummary channel, String text) {
        TextArea field = new TextArea(channel.label());
        field.setId("variant-" + channel.id());
        field.setWidthFull();
        field.setHelperText("Leave empty to post the caption on this channel");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValue(text);
        VariantCounter counter = new VariantCounter(channel.id());
        counter.show(variants.preview(channel.id(), text));
        field.addValueChangeListener(change -> {
            VariantView preview = variants.preview(channel.id(), change.getValue());
            counter.show(preview);
            // an earlier refusal stays until the text is fixed (or emptied, which means "use the caption")
            if (change.getValue().isBlank() || preview.fits()) {
                field.setInvalid(false);
            }
        });
        fields.put(channel, field);
        VerticalLayout block = new VerticalLayout(field, counter);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    private void save() {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<ChannelSummary, TextArea> entry : fields.entrySet()) {
            ChannelSummary channel = entry.getKey();
            TextArea field = entry.getValue();
            field.setInvalid(false);
            try {
                if (field.getValue().isBlank()) {
                    variants.clear(contentItemId, channel.id());
                } else {
                    variants.write(contentItemId, channel.id(), field.getValue());
                }
            } catch (InvalidInput refusal) {
                field.setErrorMessage(String.join("; ", refusal.problems().values()));
                field.setInvalid(true);
                refused.add(channel.label());
            } catch (AccessDeniedException refusal) {
                Notices.error(refusal.getMessage());
                return;
            }
        }
        if (refused.isEmpty()) {
            Notices.success("Channel variants saved");
        } else {
            Notices.error("Not saved for " + String.join(", ", refused) + ": see the highlighted field; the "
                    + "others are saved");
        }
    }
}
