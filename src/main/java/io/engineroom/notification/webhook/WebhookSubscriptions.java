package io.engineroom.notification.webhook;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.base.Secrets;
import io.engineroom.base.TeamEventType;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.notification.outbox.DeliveryAttempt;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboxStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Webhooks screen's service: a brand's event subscriptions and their delivery logs. Admins manage every brand's,
 * a social media manager those of the brands they belong to ({@link BrandPolicyAccess}, the rule of every brand
 * policy); everyone else is refused, whatever screen they come
 * from. A new subscription's signing secret (and a rotated one) is returned once and never shown again. Every change
 * is one transaction with its {@link AdminChange}; bad input changes nothing.
 */
@Service
public class WebhookSubscriptions {

    /** How many deliveries a subscription's log shows, newest first. */
    public static final int LOG_SIZE = 50;
    static final int MAX_URL = 2000;
    static final String SECRET_PREFIX = "whsec_";

    private final WebhookStore store;
    private final OutboxStore outbox;
    private final BrandService brands;
    private final CurrentUser currentUser;
    private final BrandPolicyAccess access;
    private final OutboundAddresses addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean plainHttpAllowed;

    WebhookSubscriptions(WebhookStore store, OutboxStore outbox, BrandService brands, CurrentUser currentUser,
            BrandPolicyAccess access, OutboundAddresses addresses, ApplicationEventPublisher events, Clock clock,
            @Value("${engineroom.outbound.allow-private-addresses:false}") boolean plainHttpAllowed) {
        this.store = store;
        this.outbox = outbox;
        this.brands = brands;
        this.currentUser = currentUser;
        this.access = access;
        this.addresses = addresses;
        this.events = events;
        this.clock = clock;
        // the demo's and tests' stand-in receivers run on localhost without TLS; anywhere else events carry
        // customer data and the signature's secret protects nothing an eavesdropper can replay: https only
        this.plainHttpAllowed = plainHttpAllowed;
    }

    /** A subscription just made (or its secret just rotated), with the secret: shown this once. */
    public record NewSecret(WebhookSubscription subscription, String secret) {

        @Override
        public String toString() {
            return "NewSecret[" + subscription + "]";
        }
    }

    /** The active brands whose subscriptions the person asking manages, by name. */
    @Transactional(readOnly = true)
    public List<BrandSummary> manageableBrands() {
        asker();
        return access.manageable();
    }

    @Transactional(readOnly = true)
    public List<WebhookSubscription> of(String brandId) {
        require(brandId);
        return store.ofBrand(brandId);
    }

    /**
     * Subscribes the address to the chosen events of the brand, with a new signing secret.
     *
     * @throws InvalidInput {@code url} or {@code eventTypes}, next to their fields; nothing is stored
     */
    @Transactional
    public NewSecret add(String brandId, String url, Set<TeamEventType> eventTypes) {
        EngineRoomUser user = require(brandId);
        if (brands.find(brandId).filter(brand -> !brand.archived()).isEmpty()) {
            throw new InvalidInput("brand", "No active brand '" + brandId + "'");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String address = url == null ? "" : url.strip();
        urlProblem(address).ifPresent(problem -> problems.put("url", problem));
        if (eventTypes == null || eventTypes.isEmpty()) {
            problems.put("eventTypes", "Choose at least one event");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String secret = Secrets.random(SECRET_PREFIX);
        Instant now = clock.instant();
        long id = store.insert(brandId, address, secret, eventTypes, user.id(), now);
        WebhookSubscription added = store.find(id).orElseThrow();
        changed(added, "added", Map.of(), shown(added), user, now);
        return new NewSecret(added, secret);
    }

    /** A new signing secret for the subscription: calls from now on are signed with it (retries included). */
    @Transactional
    public NewSecret rotateSecret(long subscriptionId) {
        WebhookSubscription subscription = find(subscriptionId);
        EngineRoomUser user = require(subscription.brandId());
        String secret = Secrets.random(SECRET_PREFIX);
        Instant now = clock.instant();
        store.rotate(subscriptionId, secret, now);
        changed(subscription, "secret rotated", Map.of("Signing secret", "(issued)"),
                Map.of("Signing secret", "(rotated)"), user, now);
        return new NewSecret(store.find(subscriptionId).orElseThrow(), secret);
    }

    /** Stops the subscription: no new deliveries, and those still waiting are not sent. Its log stays. */
    @Transactional
    public WebhookSubscription deactivate(long subscriptionId) {
        WebhookSubscription subscription = find(subscriptionId);
        EngineRoomUser user = require(subscription.brandId());
        if (!subscription.active()) {
            return subscription;
        }
        Instant now = clock.instant();
        store.deactivate(subscriptionId, user.id(), now);
        changed(subscription, "deactivated", Map.of("Active", "yes"), Map.of("Active", "no"), user, now);
        return store.find(subscriptionId).orElseThrow();
    }

    /** The subscription's deliveries, newest first (at most {@link #LOG_SIZE}). */
    @Transactional(readOnly = true)
    public List<OutboundDelivery> deliveries(long subscriptionId) {
        require(find(subscriptionId).brandId());
        return outbox.log(DeliveryChannel.WEBHOOK, subscriptionId, LOG_SIZE);
    }

    /** Every attempt of one of the subscription's deliveries, first first. */
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> attempts(long subscriptionId, long deliveryId) {
        delivery(subscriptionId, deliveryId);
        return outbox.attempts(deliveryId);
    }

    /**
     * Sends a dead or sent delivery again, at once, with the same event id (a receiver that had it can tell).
     *
     * @throws InvalidInput when it is still pending (it is going to be sent anyway)
     */
    @Transactional
    public void resend(long subscriptionId, long deliveryId) {
        delivery(subscriptionId, deliveryId);
        if (!outbox.resend(deliveryId, clock.instant())) {
            throw new InvalidInput("delivery", "Delivery " + deliveryId + " is still waiting to be sent: only a "
                    + "dead or sent delivery is sent again");
        }
    }

    private OutboundDelivery delivery(long subscriptionId, long deliveryId) {
        require(find(subscriptionId).brandId());
        return outbox.find(deliveryId).filter(delivery -> delivery.channel() == DeliveryChannel.WEBHOOK
                && Long.valueOf(subscriptionId).equals(delivery.targetId()))
                .orElseThrow(() -> new NotFound("delivery", "No delivery " + deliveryId + " of subscription "
                        + subscriptionId));
    }

    /** Why Engine Room would not call this address, or empty. */
    Optional<String> urlProblem(String address) {
        if (address.isEmpty()) {
            return Optional.of("The address to send events to is required");
        }
        if (address.length() > MAX_URL) {
            return Optional.of("At most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.of("Not an address: " + e.getReason());
        }
        Optional<String> refusal = addresses.refusal(uri);
        if (refusal.isPresent()) {
            return refusal;
        }
        if (!plainHttpAllowed && !"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("An https address is required: events carry your brand's data");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("No user name or password in the address: the signature authenticates");
        }
        return Optional.empty();
    }

    private WebhookSubscription find(long subscriptionId) {
        asker();
        return store.find(subscriptionId)
                .orElseThrow(() -> new NotFound("subscription", "No webhook subscription " + subscriptionId));
    }

    private EngineRoomUser asker() {
        EngineRoomUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.SOCIAL_MANAGER)) {
            throw new AccessDeniedException("Only admins and social media managers manage webhooks");
        }
        return user;
    }

    /** The person asking, if they manage the brand's webhooks: the rule of every brand policy. */
    private EngineRoomUser require(String brandId) {
        asker();
        return access.require(brandId);
    }

    private static Map<String, String> shown(WebhookSubscription subscription) {
        return Map.of("Address", subscription.url(), "Events", subscription.eventNames(), "Signing secret",
                "(issued)");
    }

    private void changed(WebhookSubscription subscription, String action, Map<String, String> before,
            Map<String, String> after, EngineRoomUser user, Instant at) {
        events.publishEvent(new AdminChange("webhook", subscription.url(), subscription.brandId(), action, user.id(),
                at, before, after));
    }
}
