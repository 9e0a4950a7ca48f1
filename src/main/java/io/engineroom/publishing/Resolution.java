package io.engineroom.publishing;

/**
 * What a person found on the channel for an attempt whose outcome was unknown, that failed, or that needed them.
 *
 * @param note why it is not out there, in the person's words; may be null
 */
public record Resolution(boolean posted, String postUrl, String note) {

    public Resolution {
        postUrl = postUrl == null ? null : postUrl.trim();
        if (posted && (postUrl == null || postUrl.isBlank())) {
            throw new IllegalArgumentException("A post that is out there has a link: paste it");
        }
    }

    public Resolution(boolean posted, String postUrl) {
        this(posted, postUrl, null);
    }

    public static Resolution posted(String postUrl) {
        return new Resolution(true, postUrl);
    }

    public static Resolution notPosted() {
        return new Resolution(false, null);
    }

    public static Resolution notPosted(String note) {
        return new Resolution(false, null, note);
    }
}
