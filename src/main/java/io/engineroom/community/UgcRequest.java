package io.engineroom.community;

import java.time.Instant;

/**
 * One request to repost an author's post, as recorded: the request and its link, the answer and its link, who
 * recorded each, and the content item planned on a yes (null otherwise).
 */
public record UgcRequest(long id, String brandId, String authorHandle, String postUrl, UgcState state,
        String requestedBy, Instant requestedAt, String requestUrl, String askedBy, String answerUrl,
        String answeredBy, Instant answeredAt, Long contentItemId) {

    /** The line a repost carries to credit its author ("📷 @jane"). */
    public String creditLine() {
        return UgcPermissions.creditLine(authorHandle);
    }
}
