package io.engineroom.publishing;

import java.net.URI;
import java.time.Duration;

/**
 * Serves a post's image or video at an address anyone can fetch, for a while: Instagram's Graph API does not take
 * uploads, it fetches each image or video from a public URL given to it. The address carries an unguessable token
 * and stops working when it expires, so nothing of a brand's media stays public beyond the publish call.
 */
public interface PublicMedia {

    /** A public address of the medium, valid for {@code validFor}. */
    URI expose(Media medium, Duration validFor);
}
