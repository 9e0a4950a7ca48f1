package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.Resolution;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The item dialog's publication section: each channel's status, the link to a post that is out there. */
@EngineRoomIntegrationTest
class PublicationOutcomesUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    PublishingService publishing;
    @Autowired
    UserDirectory users;

    @Test
    void aPostedChannelLinksToItsPostAndAChannelStillToPostSaysSo() {
        String brand = "outcomes-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Outcomes Test", false));
        ChannelSummary posted = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@posted", false));
        ChannelSummary waiting = AsAdmin.call(() -> channels.addManual(brand, Platform.LINKEDIN, "@waiting", false));
        long item = content.plan(brand, new ContentBrief("Outcomes " + UUID.randomUUID(), "awareness", null,
                "Hello", null, null, null, Set.of(posted.id(), waiting.id())));
        publishing.publish(item, posted.id(), "Hello", null);
        publishing.publish(item, waiting.id(), "Hello", null);
        publishing.resolve(item, posted.id(), Resolution.posted("https://instagram.example/p/42"), "someone");
        String member = TestUsers.ensure(users, brands, "ou-" + brand, Role.COPYWRITER, brand);

        try (var session = UiSession.signIn(context, users, member)) {
            Div outcomes = PublicationOutcomes.forItem(item, ZoneId.of("Europe/Berlin"));

            assertThat(_find(outcomes, Anchor.class)).singleElement().satisfies(link -> {
                assertThat(link.getHref()).isEqualTo("https://instagram.example/p/42");
                assertThat(link.getTarget()).contains("_blank");
            });
            assertThat(_find(outcomes, Span.class).stream().filter(span -> span.hasClassName("publication-status"))
                    .map(Span::getText)).containsExactly("Published", "To post by hand");
        }
    }
}
