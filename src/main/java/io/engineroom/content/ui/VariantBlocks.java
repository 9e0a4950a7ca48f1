package io.engineroom.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.VariantView;
import java.util.List;

/** Channel variants to read, not edit: one block per channel with its text and count, flagged where it is over. */
final class VariantBlocks {

    private VariantBlocks() {
    }

    /** The variants written so far (the calendar's item dialog). */
    static Div written(List<VariantView> variants) {
        Div blocks = new Div();
        blocks.setId("item-variants");
        blocks.add(new Paragraph(variants.isEmpty() ? "No channel variants: every channel gets the caption."
                : "Channel variants (channels without one get the caption):"));
        variants.forEach(view -> blocks.add(block(view.channel(), view, null)));
        return blocks;
    }

    /**
     * One channel's block. {@code view} is what goes out there (its variant, or the caption previewed on it),
     * null when there is no text at all yet; {@code note} says where the text comes from, when not a variant.
     */
    static Div block(ChannelSummary channel, VariantView view, String note) {
        Div block = new Div();
        block.setId("variant-block-" + channel.id());
        block.addClassName("er-variant");
        Span label = new Span(channel.label());
        label.addClassName("er-strong");
        block.add(label);
        if (note != null) {
            Span where = new Span(" · " + note);
            where.addClassName("er-muted");
            block.add(where);
        }
        if (view == null) {
            return block;
        }
        Paragraph text = new Paragraph(view.text());
        text.setId("variant-text-" + channel.id());
        text.addClassName("er-variant__text");
        VariantCounter counter = new VariantCounter(channel.id());
        counter.show(view);
        block.add(text, counter);
        if (!view.fits()) {
            block.addClassName("over-limit");
            block.add(problems(channel, view));
        }
        return block;
    }

    private static Component problems(ChannelSummary channel, VariantView view) {
        Div problems = new Div();
        problems.setId("variant-problems-" + channel.id());
        problems.setText(String.join("; ", view.problems()));
        problems.addClassName("er-error-text");
        return problems;
    }
}
