package io.engineroom.publishing.connector;

import io.engineroom.brand.Connector;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingConnector;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Channels without an API: the SOP opens a task for a person to post it and paste the link. */
@Component
public class ManualConnector implements PublishingConnector {

    @Override
    public Connector type() {
        return Connector.MANUAL;
    }

    @Override
    public String describe(Post post) {
        return "by hand on " + post.channel().platform().displayName() + " " + post.channel().handle() + ": "
                + post.text().length() + " characters"
                + post.media().stream().map(medium -> " + " + medium.describe()).collect(Collectors.joining());
    }

    @Override
    public PublishOutcome publish(Post post) {
        return new PublishOutcome.NeedsPerson("Post this on " + post.channel().platform().displayName() + " "
                + post.channel().handle() + " and paste the link");
    }
}
