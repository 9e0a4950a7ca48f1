package io.engineroom.inbox.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.IntakeBacklog;
import io.engineroom.inbox.IntakeReceipt;
import io.engineroom.inbox.InteractionIntake;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * {@code POST /api/interactions}: a channel delivers one interaction or a batch. The checks run cheapest first,
 * and nothing is parsed for a sender that has not proven who it is: the client address's rate limit (429), content
 * type (415), the channel's token or signature timestamp from the headers (401), size (413, refused from the
 * Content-Length or as soon as the body outgrows the limit, never read in full), the signature over the raw bytes
 * (401), the channel being enabled (403), the channel's rate limit (429), the channel's intake backlog being under
 * its bound ({@link IntakeBacklog}: 429 with the seconds its workers need to drain it), then JSON syntax (400), the
 * body's channelId, which may be left out but must otherwise be the authenticated channel (403), field types (400)
 * and values (422). Then {@link InteractionIntake#accept} stores the delivery in one transaction and the answer, 202
 * with a receipt per interaction, is sent only after it has committed. A repeated delivery answers 202 again, each entry marked as a
 * duplicate of the interaction it found. Everything after the signature runs on the {@link DeliveryThreads}, few and
 * below people's requests in CPU priority; a sender finding them busy and their line full gets 503 (Retry-After).
 */
@RestController
@Tag(name = "Interactions", description = "Channels and collectors deliver comments, messages, mentions and reviews")
@SecurityScheme(name = InteractionApi.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The channel's intake token (Channels screen, credentials): it names the channel by itself")
@SecurityScheme(name = InteractionApi.SIGNATURE, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = ChannelAuthentication.SIGNATURE_HEADER, description = "`sha256=<hex>`: the HMAC-SHA256, with the "
        + "channel's signing secret, of `<X-EngineRoom-Timestamp>.<raw body>`. Send X-EngineRoom-Channel and "
        + "X-EngineRoom-Timestamp with it. A signature is good once, within 5 minutes of its timestamp: sign every "
        + "attempt anew. With a token as well, both must hold for the same channel.")
class InteractionApi {

    static final String TOKEN = "channelToken";
    static final String SIGNATURE = "channelSignature";

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final InteractionIntake intake;
    private final ChannelAuthentication authentication;
    private final IntakeRateLimiter limits;
    private final ChannelService channels;
    private final CredentialUse credentialUse;
    private final IntakeBacklog backlog;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeliveryThreads deliveryThreads;

    InteractionApi(InteractionIntake intake, ChannelAuthentication authentication, IntakeRateLimiter limits,
            ChannelService channels, CredentialUse credentialUse, IntakeBacklog backlog, ObjectMapper json,
            Clock clock, DeliveryThreads deliveryThreads) {
        this.intake = intake;
        this.deliveryThreads = deliveryThreads;
        this.backlog = backlog;
        this.channels = channels;
        this.credentialUse = credentialUse;
        this.clock = clock;
        this.authentication = authentication;
        this.limits = limits;
        // one meaning per body: a key twice or anything after the object is refused, not silently resolved
        this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Schema(name = "IntakeReceipt", description = "What became of each delivered interaction, in delivery order")
    record Receipt(@Schema(description = "The channel the delivery was stored for") long channelId,
            @Schema(description = "How many interactions are new (not duplicates)") long created,
            List<IntakeReceipt.Entry> interactions) {
    }

    @Operation(summary = "Deliver interactions", description = "Stores one interaction or a batch for the channel the "
            + "credentials belong to, all or nothing, and starts its handling. A repeated delivery is safe: each entry "
            + "already seen answers as a duplicate of the interaction it found.",
            security = {@SecurityRequirement(name = TOKEN), @SecurityRequirement(name = SIGNATURE)},
            parameters = {
                @Parameter(in = ParameterIn.HEADER, name = ChannelAuthentication.CHANNEL_HEADER, example = "7",
                        description = "The channel's id: required with a signature",
                        schema = @Schema(type = "integer")),
                @Parameter(in = ParameterIn.HEADER, name = ChannelAuthentication.TIMESTAMP_HEADER,
                        example = "1795253400", schema = @Schema(type = "integer"),
                        description = "Unix time in seconds of signing: required with a signature")},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = DeliveryBody.class), examples = @ExampleObject(value = """
                                    {"channelId": 7, "interactions": [{"externalId": "109337151213", "kind": "COMMENT",
                                      "authorHandle": "@anna@example.social", "text": "My order never arrived",
                                      "occurredAt": "2026-11-21T09:30:00Z"}]}"""))))
    @ApiResponse(responseCode = "202", description = "Stored (or recognised as delivered before)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Receipt.class), examples = @ExampleObject(
                    value = """
                            {"channelId": 7, "created": 1, "interactions": [{"externalId": "109337151213",
                              "interactionId": "0b9d6f0e-2c1e-4d6a-9a53-3f1e2b7c8d90", "duplicate": false}]}""")))
    @ApiResponse(responseCode = "400", description = "Not JSON, not an object, or a field of the wrong JSON type")
    @ApiResponse(responseCode = "401", description = "No, wrong, revoked or used credentials; a stale timestamp",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer realm=\"Engine Room interactions\""))
    @ApiResponse(responseCode = "403", description = "The channel is disabled, or the body names another channel")
    @ApiResponse(responseCode = "404", description = "The channel no longer exists")
    @ApiResponse(responseCode = "413", description = "The body is larger than " + MAX_BODY_BYTES + " bytes")
    @ApiResponse(responseCode = "415", description = "Not Content-Type: application/json in UTF-8")
    @ApiResponse(responseCode = "422", description = "Values that are not acceptable, listed by field in errors")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address or for this channel, or "
            + "the channel's backlog of interactions waiting to be processed is at its bound (nothing stored)",
            headers = @Header(name = "Retry-After", description = "Seconds until a retry can succeed",
                    schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "500", description = "Not stored, nothing of the delivery kept: try again later")
    @ApiResponse(responseCode = "503", description = "This node is storing as many deliveries as it takes at once and "
            + "more are waiting, or the delivery was not stored in time (it may still be): send it again",
            headers = @Header(name = "Retry-After", description = "Seconds until a retry can succeed",
                    schema = @Schema(type = "integer")))
    @PostMapping("/api/interactions")
    WebAsyncTask<ResponseEntity<Receipt>> deliver(HttpServletRequest request) {
        limits.requireAddress(request.getRemoteAddr());
        requireJson(request.getContentType());
        ChannelAuthentication.Presented presented = ChannelAuthentication.Presented.of(request);
        long channelId = authentication.channelOf(presented);
        byte[] body = readAtMost(request, MAX_BODY_BYTES);
        authentication.requireSignature(channelId, presented, body);
        // only a sender that has proven who it is takes a place in the line
        return deliveryThreads.store(() -> store(channelId, body));
    }

    /** The rest of the checks, the parsing and the storing, on a delivery thread. */
    private ResponseEntity<Receipt> store(long channelId, byte[] body) {
        credentialUse.used(channelId);
        requireEnabled(channelId);
        limits.requireChannel(channelId);
        requireRoom(channelId);
        JsonNode root = parse(body);
        DeliveryReader.requireChannel(root, channelId);
        List<IncomingInteraction> interactions = DeliveryReader.interactions(root, clock);
        IntakeReceipt receipt = intake.accept(channelId, interactions);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Receipt(channelId, receipt.created(), receipt.entries()));
    }

    /**
     * Refuses a delivery for a channel whose intake backlog is at its bound, before anything of it is read or stored:
     * only once the sender has proven who it is, so a stranger learns nothing of a channel's backlog.
     */
    private void requireRoom(long channelId) {
        backlog.refusal(channelId).ifPresent(full -> {
            throw ApiProblem.backlogFull(full.detail(), full.retryAfterSeconds());
        });
    }

    /** Only once the sender has proven who it is, so a stranger cannot learn which channels are switched off. */
    private void requireEnabled(long channelId) {
        if (!channels.find(channelId).map(ChannelSummary::enabled).orElse(false)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Channel disabled", "Channel " + channelId
                    + " is disabled in Engine Room and takes no deliveries: stop sending, or ask its brand's social "
                    + "manager to enable it again");
        }
    }

    private static void requireJson(String contentType) {
        MediaType type = null;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            // answered below like any other type we do not take
        }
        boolean utf8 = type != null && (type.getCharset() == null || "UTF-8".equalsIgnoreCase(type.getCharset().name()));
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type) || !utf8) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
                    "Send the delivery as Content-Type: application/json (UTF-8), not " + contentType);
        }
    }

    private static byte[] readAtMost(HttpServletRequest request, int limit) {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // one byte more than allowed tells a chunked body that is too long from one that fits exactly
            body = in.readNBytes(limit + 1);
        } catch (IOException broken) {
            // a malformed chunked body or a client that went away: the request, not this server, is at fault
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unreadable body", "The body could not be read: " + broken);
        }
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    private static ApiProblem tooLarge(int limit) {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large",
                "A delivery is at most " + limit + " bytes: send a large batch in parts");
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed request", "The body is empty");
            }
            return root;
        } catch (JsonProcessingException broken) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON: "
                    + broken.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body cannot be read as JSON");
        }
    }
}
