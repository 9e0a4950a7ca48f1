package io.engineroom.listening;

import java.util.List;
import java.util.Map;

/**
 * A public platform with an API that listening reads: Mastodon now ({@code listening.mastodon}). Bluesky's search
 * ({@code app.bsky.feed.searchPosts}) is the next one, once a Bluesky connector exists to share its client: it
 * becomes one more bean of this type, with its own streams and cursors, and the poller, the store, share of voice
 * and the spike rule take its posts as they take Mastodon's.
 */
public interface PublicSource {

    /** The source's name as stored with each mention ("MASTODON"). */
    String name();

    /**
     * What is new for the brand's terms since the plan's cursors. Never throws for a server's trouble: a stream
     * that could not be read is left out (its cursor unchanged), so it is read again next time.
     */
    SourceRead read(ListeningPlan plan);

    /**
     * What to read for one brand.
     *
     * @param mastodonServer where the brand listens on Mastodon, or null when it has no server
     * @param cursors where each stream was read up to, by stream name
     */
    record ListeningPlan(String brandId, String mastodonServer, List<TrackedTerm> terms, Map<String, String> cursors) {

        public ListeningPlan {
            terms = List.copyOf(terms);
            cursors = Map.copyOf(cursors);
        }
    }

    /** The posts found and where each stream read was up to: the cursors move when the posts are stored. */
    record SourceRead(List<FoundPost> posts, Map<String, String> cursors) {

        public SourceRead {
            posts = List.copyOf(posts);
            cursors = Map.copyOf(cursors);
        }
    }
}
