package io.engineroom.content.ui;

import com.vaadin.flow.component.html.Span;
import io.engineroom.content.VariantView;

/**
 * "123 / 500" against the channel's platform limit (and "12 / 30 hashtags" where the platform limits them), red
 * when the text would be refused. Counted by the same rules the save applies, so the two never disagree.
 */
class VariantCounter extends Span {

    VariantCounter(long channelId) {
        setId("variant-counter-" + channelId);
        addClassName("er-variant-counter");
    }

    void show(VariantView view) {
        String text = view.length() + " / " + view.maxLength();
        boolean over = view.length() > view.maxLength();
        if (view.maxHashtags().isPresent()) {
            int max = view.maxHashtags().get();
            text += " · " + view.hashtags() + " / " + max + " hashtags";
            over |= view.hashtags() > max;
        }
        setText(text);
        setClassName("over-limit", over); // the stylesheet turns .er-variant-counter.over-limit red
    }
}
