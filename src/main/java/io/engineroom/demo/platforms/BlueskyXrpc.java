package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.Connector;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the Bluesky stand-in's XRPC answers share, as a PDS gives them (https://atproto.com/specs/xrpc): the bearer
 * token checked on every call, and errors as {@code {"error": name, "message": text}} with the HTTP status — 401
 * {@code AuthenticationRequired} without a token, 401 {@code InvalidToken} for one the PDS did not issue, 400
 * {@code InvalidRequest} for a missing parameter or field. The connector reads exactly these, so a demo channel
 * with a wrong token is refused as on Bluesky and its token marked refused.
 */
abstract class BlueskyXrpc {

    static final String PATH = DemoPlatformsSecurity.PATH + "/bluesky/xrpc";

    protected final ObjectMapper json;

    BlueskyXrpc(ObjectMapper json) {
        this.json = json;
    }

    /** The demo account the request's bearer token signs as; any other token is refused. */
    static DemoAccount signedIn(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new Refusal(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Authentication Required");
        }
        return DemoAccount.signedIn(Connector.BLUESKY, authorization)
                .orElseThrow(() -> new Refusal(HttpStatus.UNAUTHORIZED, "InvalidToken", "Token could not be verified"));
    }

    /** A query parameter the method requires, as the PDS's lexicon check words its absence. */
    static String param(String value, String name) {
        if (value == null || value.isBlank()) {
            throw invalid("Error: Params must have the property \"" + name + "\"");
        }
        return value;
    }

    /** A text field the input requires. */
    static String field(JsonNode input, String name) {
        JsonNode value = input == null ? null : input.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid("Input must have the property \"" + name + "\"");
        }
        return value.asText();
    }

    /** An object field the input requires. */
    static JsonNode objectField(JsonNode input, String name) {
        JsonNode value = input == null ? null : input.get(name);
        if (value == null || !value.isObject()) {
            throw invalid("Input must have the property \"" + name + "\"");
        }
        return value;
    }

    static Refusal invalid(String message) {
        return new Refusal(HttpStatus.BAD_REQUEST, "InvalidRequest", message);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ObjectNode> refused(Refusal refusal) {
        return ResponseEntity.status(refusal.status)
                .body(object().put("error", refusal.error).put("message", refusal.getMessage()));
    }

    /** A body that is not JSON: the PDS's own 400. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        return refused(invalid("Input is not valid JSON"));
    }

    /** An XRPC error answer, thrown where the call cannot go on. */
    static final class Refusal extends RuntimeException {

        private final HttpStatus status;
        private final String error;

        Refusal(HttpStatus status, String error, String message) {
            super(message, null, false, false);
            this.status = status;
            this.error = error;
        }
    }
}
