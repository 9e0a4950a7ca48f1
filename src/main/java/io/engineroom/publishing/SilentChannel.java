package io.engineroom.publishing;

import io.engineroom.brand.ChannelSummary;
import java.time.Duration;

/** A main channel with no post for longer than the cadence allows; {@code lastPost} is null if it never had one. */
record SilentChannel(ChannelSummary channel, LastPost lastPost, Duration silentFor) {

    public String describeLastPost() {
        return lastPost == null ? "No post from Engine Room yet"
                : lastPost.at() + (lastPost.url() == null ? "" : " " + lastPost.url());
    }
}
