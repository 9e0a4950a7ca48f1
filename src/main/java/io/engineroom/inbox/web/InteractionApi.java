package io.engineroom.inbox.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.IntakeReceipt;
import io.engineroom.inbox.InteractionIntake;
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

/**
 * {@code POST /api/interactions}: a channel delivers one interaction or a batch. The checks run cheapest first,
 * and nothing is parsed for a sender that has not proven who it is: the client address's rate limit (429), content
 * type (415), the channel's token or signature timestamp from the headers (401), size (413, refused from the
 * Content-Length or as soon as the body outgrows the limit, never read in full), the signature over the raw bytes
 * (401), the channel being enabled (403), the channel's rate limit (429), then JSON syntax (400), the body's channelId, which may be left out but
 * must otherwise be the authenticated channel (403), field types (400) and values (422). Then
 * {@link InteractionIntake#accept} stores the delivery in one transaction and the answer, 202 with a receipt per
 * interaction, is sent only after it has committed. A repeated delivery answers 202 again, each entry marked as a
 * duplicate of the interaction it found.
 */
@RestController
class InteractionApi {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final InteractionIntake intake;
    private final ChannelAuthentication authentication;
    private final IntakeRateLimiter limits;
    private final ChannelService channels;
    private final CredentialUse credentialUse;
    private final ObjectMapper json;
    private final Clock clock;

    InteractionApi(InteractionIntake intake, ChannelAuthentication authentication, IntakeRateLimiter limits,
            ChannelService channels, CredentialUse credentialUse, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.channels = channels;
        this.credentialUse = credentialUse;
        this.clock = clock;
        this.authentication = authentication;
        this.limits = limits;
        // one meaning per body: a key twice or anything after the object is refused, not silently resolved
        this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    record Receipt(long channelId, long created, List<IntakeReceipt.Entry> interactions) {
    }

    @PostMapping("/api/interactions")
    ResponseEntity<Receipt> deliver(HttpServletRequest request) {
        limits.requireAddress(request.getRemoteAddr());
        requireJson(request.getContentType());
        ChannelAuthentication.Presented presented = ChannelAuthentication.Presented.of(request);
        long channelId = authentication.channelOf(presented);
        byte[] body = readAtMost(request, MAX_BODY_BYTES);
        authentication.requireSignature(channelId, presented, body);
        credentialUse.used(channelId);
        requireEnabled(channelId);
        limits.requireChannel(channelId);
        JsonNode root = parse(body);
        DeliveryReader.requireChannel(root, channelId);
        List<IncomingInteraction> interactions = DeliveryReader.interactions(root, clock);
        IntakeReceipt receipt = intake.accept(channelId, interactions);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Receipt(channelId, receipt.created(), receipt.entries()));
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
