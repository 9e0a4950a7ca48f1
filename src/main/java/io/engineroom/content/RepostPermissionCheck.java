package io.engineroom.content;

import java.util.Optional;

/**
 * Asked before a reposted item (one planned with {@link ContentService#planRepost}) is published: the module that
 * keeps the authors' permissions (community care) implements it, so content never depends on it and still reads
 * the permission's record at the moment of publishing, not a variable someone could have rewritten. Without an
 * implementation a repost is not published at all.
 */
public interface RepostPermissionCheck {

    /**
     * Why the item may not be published with this text under this permission (no yes from the author, another
     * brand's permission, the credit line left out), or empty when it may.
     */
    Optional<String> refusal(long permissionId, String brandId, String text);
}
