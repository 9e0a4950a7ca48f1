package io.engineroom.demo.platforms;

import io.engineroom.brand.Connector;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind a demo status's link ({@code /@beanleaf/:id}, the {@code url} Mastodon gives a status, which
 * Engine Room shows as the post's link): a newcomer who opens a published post sees what the stand-in received
 * instead of an error. Only the account's own statuses; any other is not found. Only in demo mode.
 */
@RestController
@RequestMapping(DemoPlatformsSecurity.PATH + "/mastodon")
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class MastodonStandInPages {

    private final ReceivedPosts posts;
    private final MastodonStandInMemory memory;

    MastodonStandInPages(ReceivedPosts posts, MastodonStandInMemory memory) {
        this.posts = posts;
        this.memory = memory;
    }

    @GetMapping(value = "/@{username}/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> status(@PathVariable String username, @PathVariable String id) {
        return Arrays.stream(DemoAccount.values())
                .filter(account -> account.connector() == Connector.MASTODON)
                .filter(account -> MastodonStandInAnswers.username(account).equals(username))
                .flatMap(account -> posts.find(account, id).stream()).findFirst()
                .map(post -> ResponseEntity.ok(page(post)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                        .body(page("Not found", "<p>The demo Mastodon server has no status " + HtmlUtils.htmlEscape(id)
                                + " by @" + HtmlUtils.htmlEscape(username) + ".</p>")));
    }

    private String page(ReceivedPosts.Post post) {
        String by = HtmlUtils.htmlEscape(post.account().displayName() + " (" + post.account().handle() + ")");
        String media = post.media().isEmpty() ? "" : "<p><small>" + post.media().stream()
                .map(id -> memory.upload(post.account(), id).map(upload -> upload.type() + " " + upload.fileName()
                        + (upload.description() == null ? "" : ": " + upload.description())).orElse(id))
                .map(HtmlUtils::htmlEscape).reduce((a, b) -> a + "<br>" + b).orElse("") + "</small></p>";
        return page(by, "<p><strong>" + by + "</strong> · " + post.at() + " · "
                + HtmlUtils.htmlEscape(memory.visibility(post.id())) + "</p>"
                + MastodonStandInAnswers.html(post.text()) + media
                + "<p><small>Received by Engine Room's demo Mastodon server: nothing was posted anywhere.</small></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:2em auto\">" + body
                + "</body></html>";
    }
}
