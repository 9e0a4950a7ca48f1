package io.engineroom.notification.chat;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.notification.NotificationSettings;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a team chat is told of an event, in its platform's JSON: the event's label and one line, the brand, and a
 * link back to where to act in Engine Room (the app's address, {@code engineroom.mail.app-url}, and the event's
 * path).
 */
@Component
class ChatMessages {

    private static final Set<TeamEventType> ALERTS = Set.of(TeamEventType.SLA_BREACHED,
            TeamEventType.PUBLICATION_FAILED, TeamEventType.INCIDENT_RAISED, TeamEventType.INCIDENT_SEVERITY_CHANGED);
    private static final Set<TeamEventType> GOOD_NEWS = Set.of(TeamEventType.CONTENT_APPROVED,
            TeamEventType.CONTENT_PUBLISHED, TeamEventType.INCIDENT_RESOLVED, TeamEventType.REPORT_APPROVED);

    private final NotificationSettings links;
    private final BrandService brands;

    ChatMessages(NotificationSettings settings, BrandService brands) {
        this.links = settings;
        this.brands = brands;
    }

    String forEvent(ChatPlatform platform, TeamEvent event, String brandId) {
        ChatMessage.Tone tone = ALERTS.contains(event.type()) ? ChatMessage.Tone.ALERT
                : GOOD_NEWS.contains(event.type()) ? ChatMessage.Tone.GOOD : ChatMessage.Tone.INFO;
        String url = event.link() == null || event.link().isBlank() ? null : link(event.link());
        return ChatFormats.format(platform, new ChatMessage(event.type().label(), event.summary(), url,
                footer(brandId), tone));
    }

    String test(ChatPlatform platform, StoredTarget target) {
        String topics = target.topics().stream().sorted().map(TeamEventType::label).collect(Collectors.joining(", "));
        return ChatFormats.format(platform, new ChatMessage("Test message from Engine Room",
                "\"" + target.name() + "\" is set up. This chat will hear about: " + topics + ".", link("/"),
                footer(target.brandId()), ChatMessage.Tone.INFO));
    }

    /** An app path as an absolute address; a path that is not one (no leading slash) is not linked. */
    String link(String path) {
        return path.startsWith("/") && !path.startsWith("//") ? links.link(path) : null;
    }

    private String footer(String brandId) {
        String brand = brandId == null ? "All brands" : brands.find(brandId).map(BrandSummary::name).orElse(brandId);
        return brand + " · Engine Room";
    }
}
