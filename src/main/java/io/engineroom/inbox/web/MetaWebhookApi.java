package io.engineroom.inbox.web;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.IntakeBacklog;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.listening.PlatformListening;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.MetaWebhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/webhooks/meta}: Meta pushes the comments and messages of connected Facebook Pages and Instagram
 * accounts here, so they are not polled. {@code GET} is the subscription handshake: with {@code hub.mode=subscribe}
 * and the configured verify token, {@code hub.challenge} is answered as text; anything else is a 403. {@code POST}
 * is a delivery, taken only with {@code X-Hub-Signature-256}, the HMAC-SHA256 of the raw body with the app secret
 * (no header: 401; a wrong one: 403; nothing is parsed or stored before it matches). Each entry's items go to every
 * enabled channel connected to the account it names, through {@link InteractionIntake#accept}, which finds an item
 * delivered before by its platform id, so Meta's redeliveries create nothing new. The answer is 200 once stored;
 * a failure to store is a 500, after which Meta delivers again.
 *
 * <p>When a channel the delivery is for has its intake backlog at its bound ({@link IntakeBacklog}), the whole
 * delivery is refused with 429 before anything of it is stored. Meta retries any answer but a 2xx, on its own
 * schedule (at once, then less and less often for up to 36 hours; it documents no use of Retry-After, which is
 * sent anyway), and the retry stores what is new: a refusal loses nothing while the backlog drains within hours.
 * Refusing it all rather than the full channel's part keeps "nothing of a refused delivery is stored" true; the
 * other channels' items come with the retry.
 */
@RestController
@Tag(name = "Meta webhooks", description = "Facebook Pages and Instagram push comments, mentions and messages")
class MetaWebhookApi {

    static final String PATH = "/api/webhooks/meta";
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(MetaWebhookApi.class);

    private final MetaWebhooks webhooks;
    private final ChannelService channels;
    private final InteractionIntake intake;
    private final IntakeBacklog backlog;
    private final Clock clock;

    MetaWebhookApi(MetaWebhooks webhooks, ChannelService channels, InteractionIntake intake, IntakeBacklog backlog,
            Clock clock) {
        this.webhooks = webhooks;
        this.backlog = backlog;
        this.channels = channels;
        this.intake = intake;
        this.clock = clock;
    }

    /** What a delivery came to: items read, interactions new, items for accounts no enabled channel has. */
    record Receipt(int items, long created, int unrouted) {
    }

    @Operation(summary = "Meta's subscription handshake", description = "Answers hub.challenge as text when "
            + "hub.mode is subscribe and hub.verify_token is the verify token configured for the Meta app")
    @ApiResponse(responseCode = "200", description = "The challenge, as text",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "Wrong verify token or mode, or no challenge")
    @GetMapping(PATH)
    ResponseEntity<?> handshake(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String verifyToken,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (challenge == null || challenge.isBlank() || challenge.length() > 200
                || !webhooks.handshake(mode, verifyToken)) {
            return problem(HttpStatus.FORBIDDEN, "Subscription refused", "The verify token (hub.verify_token) is not "
                    + "the one configured for the Meta app, or hub.mode is not subscribe, or hub.challenge is missing");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).header("X-Content-Type-Options", "nosniff")
                .body(challenge);
    }

    @Operation(summary = "Deliver Meta webhook events", description = "A Page (object page: feed comments, "
            + "messaging) or Instagram (object instagram: comments, mentions, messaging) delivery, signed by Meta. "
            + "Each item lands once on every enabled channel connected to the account its entry names.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = SIGNATURE_HEADER, required = true,
                    description = "sha256=<hex HMAC-SHA256 of the raw body with the Meta app secret>",
                    schema = @Schema(type = "string")),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))))
    @ApiResponse(responseCode = "200", description = "Stored (items delivered before are recognised, not doubled)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    @ApiResponse(responseCode = "400", description = "Not a Meta Page or Instagram delivery")
    @ApiResponse(responseCode = "401", description = "No " + SIGNATURE_HEADER)
    @ApiResponse(responseCode = "403", description = "The signature does not match the body")
    @ApiResponse(responseCode = "413", description = "The body is larger than " + MAX_BODY_BYTES + " bytes")
    @ApiResponse(responseCode = "429", description = "A channel the delivery is for has its backlog of interactions "
            + "waiting to be processed at its bound: nothing stored, Meta delivers again",
            headers = @Header(name = "Retry-After",
                    description = "Seconds until the backlog is likely under its bound",
                    schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "500", description = "Not stored, nothing kept: Meta delivers again")
    @ApiResponse(responseCode = "503", description = "No Meta app secret is configured")
    @PostMapping(PATH)
    ResponseEntity<?> deliver(HttpServletRequest request) {
        if (!webhooks.configured()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Meta webhooks not set up", "No Meta app secret is "
                    + "configured (engineroom.publishing.platforms.facebook.app-secret), so no delivery can be "
                    + "checked");
        }
        String signature = request.getHeader(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            return problem(HttpStatus.UNAUTHORIZED, "Not signed", "A delivery needs " + SIGNATURE_HEADER
                    + ": sha256=<hex HMAC-SHA256 of the body with the app secret>");
        }
        byte[] body;
        try {
            body = readAtMost(request);
        } catch (IOException e) {
            return problem(HttpStatus.BAD_REQUEST, "Unreadable body", "The body could not be read: " + e);
        }
        if (body == null) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large", "A delivery is at most " + MAX_BODY_BYTES
                    + " bytes");
        }
        if (!webhooks.signed(body, signature)) {
            return problem(HttpStatus.FORBIDDEN, "Bad signature", SIGNATURE_HEADER + " is not the HMAC-SHA256 of "
                    + "this body with the Meta app secret: nothing was stored");
        }
        List<MetaWebhooks.AccountItems> accounts;
        try {
            accounts = webhooks.read(body);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Not a Meta delivery", e.getMessage());
        }
        ResponseEntity<ProblemDetail> full = backlogFull(accounts);
        if (full != null) {
            return full;
        }
        try {
            return ResponseEntity.ok(store(accounts));
        } catch (RuntimeException e) {
            LOG.error("Meta delivery not stored", e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Not stored", "The delivery could not be stored; "
                    + "nothing of it was kept. Meta delivers it again.");
        }
    }

    /** A 429 when a channel the delivery would go to has its backlog at its bound; else null. */
    private ResponseEntity<ProblemDetail> backlogFull(List<MetaWebhooks.AccountItems> accounts) {
        List<IntakeBacklog.Refusal> refusals = new ArrayList<>();
        for (MetaWebhooks.AccountItems account : accounts) {
            if (!account.items().isEmpty()) {
                channels.enabledWithAccount(account.connector(), account.accountId()).forEach(channel ->
                        backlog.refusal(channel.id()).ifPresent(refusals::add));
            }
        }
        if (refusals.isEmpty()) {
            return null;
        }
        long seconds = refusals.stream().mapToLong(IntakeBacklog.Refusal::retryAfterSeconds).max().orElseThrow();
        ResponseEntity<ProblemDetail> refused = problem(HttpStatus.TOO_MANY_REQUESTS, "Backlog full",
                String.join("; ", refusals.stream().map(IntakeBacklog.Refusal::detail).toList()));
        LOG.warn("Meta delivery refused, a channel's intake backlog is full: {}", refused.getBody().getDetail());
        return ResponseEntity.status(refused.getStatusCode()).headers(refused.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(refused.getBody());
    }

    private Receipt store(List<MetaWebhooks.AccountItems> accounts) {
        int items = 0;
        int unrouted = 0;
        long created = 0;
        for (MetaWebhooks.AccountItems account : accounts) {
            List<IncomingInteraction> interactions = interactions(account);
            items += account.items().size();
            if (interactions.isEmpty()) {
                continue;
            }
            List<ChannelSummary> targets = channels.enabledWithAccount(account.connector(), account.accountId());
            if (targets.isEmpty()) {
                LOG.warn("Meta delivered {} item(s) for {} account {}, which no enabled channel is connected to",
                        interactions.size(), account.connector(), account.accountId());
                unrouted += interactions.size();
            }
            for (ChannelSummary channel : targets) {
                try {
                    created += intake.accept(channel.id(), interactions).created();
                } catch (InvalidInput refused) {
                    // an archived brand takes no new work; the other channels still get theirs
                    LOG.warn("Meta delivery for {} not taken: {}", channel.label(), refused.getMessage());
                }
            }
        }
        return new Receipt(items, created, unrouted);
    }

    private List<IncomingInteraction> interactions(MetaWebhooks.AccountItems account) {
        List<IncomingInteraction> interactions = new ArrayList<>();
        for (InboundItem item : account.items()) {
            InboundItem dated = item.occurredAt() != null ? item : new InboundItem(item.externalId(), item.kind(),
                    item.authorHandle(), item.authorName(), item.text(), item.inReplyTo(), clock.instant());
            IncomingInteraction interaction = PlatformListening.interaction(dated);
            Map<String, String> problems = interaction.problems("");
            if (problems.isEmpty()) {
                interactions.add(interaction);
            } else {
                LOG.warn("Meta item {} for account {} skipped: {}", item.externalId(), account.accountId(), problems);
            }
        }
        return interactions;
    }

    /** The body, or null when it is larger than allowed (never read in full then). */
    private static byte[] readAtMost(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(PATH));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
