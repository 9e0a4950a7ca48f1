package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal of the Instagram stand-in in Graph's own error object
 * ({@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}, developers.facebook.com/docs/graph-api/
 * guides/error-handling), so the real connector reads it as it reads Meta's: code 190 a token Meta no longer takes,
 * code 100 a missing or wrong parameter or an object that is not there. Graph answers these with HTTP 400.
 */
final class GraphRefusal extends RuntimeException {

    static final int TOKEN_REFUSED = 190;
    static final int PARAMETER = 100;
    static final int TOKEN_MISSING = 104;

    private final int status;
    private final int code;
    private final Integer subcode;
    private final String type;

    GraphRefusal(int status, int code, Integer subcode, String type, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.subcode = subcode;
        this.type = type;
    }

    /** A request missing a parameter Graph requires, or giving one it cannot use. */
    static GraphRefusal parameter(String message) {
        return new GraphRefusal(400, PARAMETER, null, "OAuthException", "(#100) " + message);
    }

    /** An id the account cannot see, or an edge the object does not have: Graph's "unsupported request". */
    static GraphRefusal noObject(String id, String method) {
        return new GraphRefusal(400, PARAMETER, 33, "GraphMethodException", "Unsupported " + method + " request. "
                + "Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions, or does "
                + "not support this operation.");
    }

    static GraphRefusal tokenRefused() {
        return new GraphRefusal(400, TOKEN_REFUSED, null, "OAuthException",
                "Invalid OAuth access token - Cannot parse access token");
    }

    static GraphRefusal tokenMissing() {
        return new GraphRefusal(400, TOKEN_MISSING, null, "OAuthException",
                "An access token is required to request this resource.");
    }

    int status() {
        return status;
    }

    boolean aboutToken() {
        return code == TOKEN_REFUSED || code == TOKEN_MISSING;
    }

    ObjectNode body(ObjectMapper json, String traceId) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error").put("message", getMessage()).put("type", type).put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        error.put("fbtrace_id", traceId);
        return body;
    }
}
