package io.engineroom.content;

import io.engineroom.brand.ChannelSummary;
import java.util.List;
import java.util.Optional;

/** A content item's text for one channel, with its length as the platform counts it and what does not fit. */
public record VariantView(ChannelSummary channel, String text, int length, List<String> problems) {

    public int maxLength() {
        return channel.platform().maxLength();
    }

    public int hashtags() {
        return channel.platform().hashtags(text);
    }

    /** The platform's hashtag limit, where it has one (Instagram). */
    public Optional<Integer> maxHashtags() {
        return channel.platform().maxHashtags();
    }

    public boolean fits() {
        return problems.isEmpty();
    }
}
