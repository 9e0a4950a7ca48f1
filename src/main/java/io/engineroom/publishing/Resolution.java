package io.engineroom.publishing;

/** What a person found on the channel for an attempt whose outcome was unknown or that needed them. */
public record Resolution(boolean posted, String postUrl) {

    public Resolution {
        if (posted && (postUrl == null || postUrl.isBlank())) {
            throw new IllegalArgumentException("A post that is out there has a link: paste it");
        }
    }

    public static Resolution posted(String postUrl) {
        return new Resolution(true, postUrl);
    }

    public static Resolution notPosted() {
        return new Resolution(false, null);
    }
}
