package io.engineroom.content.ui;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.VoiceGuideCard;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.content.ChannelVariants;
import io.engineroom.content.ContentAssets;
import io.engineroom.content.ContentPiece;
import io.engineroom.content.ContentPieces;
import io.engineroom.content.ContentService;
import io.engineroom.content.VariantView;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskPanel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The piece on a content-approval task's page: its brief, its caption and its text per channel. The copywriter
 * writes the channel variants in "Write copy"; every other task of the SOP (reviews, sign-offs, visuals) shows them
 * to read, flagged where a text does not fit its platform. Decided by the task's model id, not its name or form,
 * so new review steps in the model get the read-only panel without a change here.
 */
@org.springframework.stereotype.Component
class ContentTaskPanel implements TaskPanel {

    /** The one task in which the piece's texts are written. */
    static final String EDITING_TASK = "WriteCopy";
    /** The one task in which the piece's visuals are uploaded. */
    static final String VISUAL_TASK = "CreateVisual";

    private final ContentPieces pieces;
    private final ChannelVariants variants;
    private final ContentAssets assets;
    private final VoiceGuides voice;

    ContentTaskPanel(ContentPieces pieces, ChannelVariants variants, ContentAssets assets, VoiceGuides voice) {
        this.voice = voice;
        this.pieces = pieces;
        this.variants = variants;
        this.assets = assets;
    }

    @Override
    public Optional<Component> panelFor(TaskDetails task) {
        // a panel must not break the task page: an item id that is not a number shows no panel
        Optional<Long> contentItemId = CONTENT_ITEM_ID.fromIfTyped(task.variables());
        if (!ContentService.SOP_KEY.equals(task.task().sopKey()) || contentItemId.isEmpty()) {
            return Optional.empty();
        }
        ContentPiece piece;
        List<VariantView> written;
        try {
            piece = pieces.piece(contentItemId.get());
            written = variants.of(piece.id());
        } catch (AccessDeniedException | InvalidInput notForThem) {
            return Optional.empty();
        }
        boolean mayWorkTask = task.assignedToMe() || task.claimable();
        boolean editing = EDITING_TASK.equals(task.taskKey()) && mayWorkTask && piece.writable();
        boolean designing = VISUAL_TASK.equals(task.taskKey()) && mayWorkTask;
        String caption = CAPTION.fromIfTyped(task.variables()).orElse("");
        VerticalLayout panel = panel(piece, written, caption, editing, designing);
        if (EDITING_TASK.equals(task.taskKey())) {
            // the writer's task: the brand's voice guide beside the copy (checked again on submit)
            VoiceGuideCard.of(voice, piece.brandId()).ifPresent(card -> panel.addComponentAtIndex(1, card));
        }
        return Optional.of(panel);
    }

    private VerticalLayout panel(ContentPiece piece, List<VariantView> written, String caption, boolean editing,
            boolean designing) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("content-piece");
        panel.setPadding(false);
        Div captionLine = PieceBrief.line("caption", "Caption", caption);
        captionLine.addClassName("er-pre-wrap");
        panel.add(new H3("The piece"), PieceBrief.of(piece), captionLine, assetsSection(piece, designing),
                new H4("Channel variants"));
        panel.add(editing ? new VariantsEditor(piece, written, variants) : readOnly(piece, written, caption));
        return panel;
    }

    /** The piece's visuals: uploaded in the designer's task, shown in every other one. */
    private Component assetsSection(ContentPiece piece, boolean designing) {
        Div section = new Div(new H4("Visuals"), new AssetsEditor(assets, piece.id(), designing));
        section.setId("content-assets");
        return section;
    }

    /** Each planned channel's text as it would go out: its variant, else the caption, counted on that platform. */
    private Div readOnly(ContentPiece piece, List<VariantView> written, String caption) {
        Map<Long, VariantView> byChannel = written.stream()
                .collect(Collectors.toMap(view -> view.channel().id(), Function.identity()));
        Div blocks = new Div();
        blocks.setId("variants-read-only");
        for (ChannelSummary channel : piece.channels()) {
            VariantView variant = byChannel.get(channel.id());
            if (variant != null) {
                blocks.add(VariantBlocks.block(channel, variant, null));
            } else if (!caption.isBlank()) {
                blocks.add(VariantBlocks.block(channel, variants.preview(channel.id(), caption),
                        "no variant: the caption goes out"));
            } else {
                blocks.add(VariantBlocks.block(channel, null, "no variant and no caption yet"));
            }
        }
        return blocks;
    }
}
