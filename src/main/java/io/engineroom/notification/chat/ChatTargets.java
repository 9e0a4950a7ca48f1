package io.engineroom.notification.chat;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.NewDelivery;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.outbox.OutboxStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand's team chats: Slack, Microsoft Teams and Mattermost incoming webhooks and the events each hears about.
 * Who: an admin for every brand, a social media manager for their own brands ({@link BrandPolicyAccess}, the rule
 * of every brand policy); everyone else is refused here, whatever a screen shows. A webhook address is checked
 * ({@link OutboundAddresses}) when saved and again before each message, and never shown again once saved.
 */
@Service
public class ChatTargets {

    /** How many of a target's last deliveries its log shows. */
    public static final int LOG_SIZE = 20;
    /** The event type of a test message in the delivery log. */
    public static final String TEST_MESSAGE = "test";

    private final ChatTargetStore store;
    private final BrandPolicyAccess access;
    private final OutboundAddresses addresses;
    private final ChatMessages messages;
    private final OutboxStore outbox;
    private final OutboxSettings outboxSettings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatTargets(ChatTargetStore store, BrandPolicyAccess access, OutboundAddresses addresses, ChatMessages messages,
            OutboxStore outbox, OutboxSettings outboxSettings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.addresses = addresses;
        this.messages = messages;
        this.outbox = outbox;
        this.outboxSettings = outboxSettings;
        this.events = events;
        this.clock = clock;
    }

    /** The brand's chat targets by name, active or not. */
    @Transactional(readOnly = true)
    public List<ChatTarget> of(String brandId) {
        access.require(brandId);
        return store.ofBrand(brandId).stream().map(StoredTarget::shown).toList();
    }

    /** Adds a chat target to the brand. */
    @Transactional
    public ChatTarget add(String brandId, ChatTargetForm form) {
        String actor = access.require(brandId).id();
        Checked checked = check(form, true);
        Instant now = now();
        long id = store.insert(brandId, form.platform(), checked.name(), checked.url(), form.topics(), form.active(),
                now);
        StoredTarget added = store.find(id).orElseThrow();
        record(added, "created", actor, now, Map.of(), added);
        return added.shown();
    }

    /** Changes a chat target; a blank webhook address keeps the saved one. */
    @Transactional
    public ChatTarget edit(long id, ChatTargetForm form) {
        StoredTarget target = mine(id);
        Checked checked = check(form, false);
        Instant now = now();
        store.update(id, form.platform(), checked.name(), checked.url() == null ? target.webhookUrl() : checked.url(),
                form.topics(), form.active(), now);
        StoredTarget edited = store.find(id).orElseThrow();
        record(edited, "changed", actor(target), now, shown(target), edited);
        return edited.shown();
    }

    /** Stops a chat target hearing of anything; messages still waiting for it are not sent either. */
    @Transactional
    public void deactivate(long id) {
        StoredTarget target = mine(id);
        Instant now = now();
        store.deactivate(id, now);
        record(target, "deactivated", actor(target), now, shown(target), store.find(id).orElseThrow());
    }

    /** Puts a test message to the chat into the outbox; its outcome shows in the target's deliveries. */
    @Transactional
    public long sendTest(long id) {
        StoredTarget target = mine(id);
        if (!target.active()) {
            throw new InvalidInput("active", "\"" + target.name() + "\" is not active: activate it to test it");
        }
        Instant now = now();
        return outbox.enqueue(NewDelivery.chat(id, target.brandId(), TEST_MESSAGE, UUID.randomUUID().toString(),
                messages.test(target.platform(), target), now), outboxSettings.maxAttempts(), now);
    }

    /** The target's last deliveries, newest first. */
    @Transactional(readOnly = true)
    public List<OutboundDelivery> deliveries(long id) {
        mine(id);
        return outbox.log(DeliveryChannel.CHAT, id, LOG_SIZE);
    }

    private StoredTarget mine(long id) {
        StoredTarget target = store.find(id).orElseThrow(() -> new NotFound("chat target", "No chat target " + id));
        access.require(target.brandId());
        return target;
    }

    private String actor(StoredTarget target) {
        return access.require(target.brandId()).id();
    }

    /** The audit trail's record of the change; the webhook address shows only as its host, being a secret. */
    private void record(StoredTarget target, String action, String actor, Instant at, Map<String, String> before,
            StoredTarget after) {
        events.publishEvent(new AdminChange("chat target", target.name(), target.brandId(), action, actor, at, before,
                shown(after)));
    }

    private static Map<String, String> shown(StoredTarget target) {
        ChatTarget shown = target.shown();
        return Map.of("Platform", shown.platform().label(), "Name", shown.name(), "Webhook", shown.host()
                + " (address kept secret)", "Events", ChatTargetStore.wireNames(shown.topics()), "Active",
                shown.active() ? "yes" : "no");
    }

    private Checked check(ChatTargetForm form, boolean urlRequired) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.platform() == null) {
            problems.put("platform", "Which chat is it: Slack, Microsoft Teams or Mattermost?");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.put("name", "A name of at most 100 characters, such as \"#social-alerts\"");
        }
        String url = form.webhookUrl() == null || form.webhookUrl().isBlank() ? null : form.webhookUrl().strip();
        if (url == null && urlRequired) {
            problems.put("webhookUrl", "The chat's incoming webhook address is required");
        } else if (url != null) {
            urlProblem(url).ifPresent(problem -> problems.put("webhookUrl", problem));
        }
        if (form.topics() == null || form.topics().isEmpty()) {
            problems.put("topics", "Choose at least one event the chat hears about");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(name, url);
    }

    private java.util.Optional<String> urlProblem(String url) {
        if (url.length() > 1000) {
            return java.util.Optional.of("An address has at most 1000 characters");
        }
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() != null) {
                return java.util.Optional.of("An address with a user name or password in it is not accepted");
            }
            return addresses.refusal(uri);
        } catch (URISyntaxException e) {
            return java.util.Optional.of("This is no web address: " + e.getReason());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Checked(String name, String url) {
    }
}
