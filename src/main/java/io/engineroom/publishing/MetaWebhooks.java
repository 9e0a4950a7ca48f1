package io.engineroom.publishing;

import io.engineroom.brand.Connector;
import java.util.List;

/**
 * Meta's webhooks for Facebook Pages and Instagram, read by the publishing module's Graph API connectors, so the
 * inbox, which receives the calls, knows nothing of Graph payloads: the subscription handshake, the
 * {@code X-Hub-Signature-256} check, and the comments and messages of a delivery by the account they are for.
 */
public interface MetaWebhooks {

    /** The comments, mentions and messages of one account (a page id or an Instagram user id) in a delivery. */
    record AccountItems(Connector connector, String accountId, List<InboundItem> items) {

        public AccountItems {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** Whether webhooks are set up at all: an app secret to check signatures with. */
    boolean configured();

    /** The subscription handshake: {@code hub.mode=subscribe} with the verify token configured for the app. */
    boolean handshake(String mode, String verifyToken);

    /**
     * Whether {@code X-Hub-Signature-256} ({@code sha256=<hex>}) is the HMAC-SHA256 of the raw body with the app
     * secret, compared in constant time. False for a missing or malformed header.
     */
    boolean signed(byte[] body, String signatureHeader);

    /**
     * The items of a signed delivery, by account, in delivery order; fields Engine Room does not take (reactions,
     * edits, read receipts) are left out.
     *
     * @throws IllegalArgumentException when the body is not a Meta webhook delivery
     */
    List<AccountItems> read(byte[] body);
}
