package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.Connector;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the LinkedIn stand-in's controllers share: the checks LinkedIn makes on every call of its versioned REST API
 * (the member's token; the {@code LinkedIn-Version} and {@code X-Restli-Protocol-Version: 2.0.0} headers the real
 * connector sends) and LinkedIn's error answer ({@code status}, {@code code}, {@code message}, and for a token
 * {@code serviceErrorCode}), so a newcomer's demo sees the connector meet LinkedIn's refusals as they come from
 * LinkedIn (<a href="https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling">error
 * handling</a>).
 */
abstract class LinkedInStandInBase {

    static final String PATH = DemoPlatformsSecurity.PATH + "/linkedin";

    /** A request LinkedIn refuses, answered in LinkedIn's error shape. */
    static final class Refusal extends RuntimeException {

        private final HttpStatus status;
        private final String code;
        private final Integer serviceErrorCode;

        Refusal(HttpStatus status, String code, Integer serviceErrorCode, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.serviceErrorCode = serviceErrorCode;
        }
    }

    final ObjectMapper json;

    LinkedInStandInBase(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The demo account a call of the versioned REST API signs as: its version headers first (LinkedIn answers a
     * call without its version before looking at the token), then the token.
     */
    DemoAccount rest(HttpServletRequest request) {
        String version = request.getHeader("LinkedIn-Version");
        if (version == null || version.isBlank()) {
            throw badRequest("VERSION_MISSING", "A version must be present. Please specify a version by adding the "
                    + "LinkedIn-Version header.");
        }
        if (!version.strip().matches("\\d{6}(\\.\\d{2})?")) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "NONEXISTENT_VERSION", null, "Requested version " + version
                    + " is not active");
        }
        if (!"2.0.0".equals(request.getHeader("X-Restli-Protocol-Version"))) {
            throw badRequest("PROTOCOL_VERSION_MISSING", "This API takes Rest.li protocol 2.0.0 only: add the "
                    + "X-Restli-Protocol-Version: 2.0.0 header");
        }
        return signedIn(request);
    }

    /** The demo account the call's token signs as (upload addresses are called with the token alone). */
    DemoAccount signedIn(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new Refusal(HttpStatus.UNAUTHORIZED, "EMPTY_ACCESS_TOKEN", 65604, "Empty oauth2_access_token");
        }
        return DemoAccount.signedIn(Connector.LINKEDIN, authorization).orElseThrow(() -> new Refusal(
                HttpStatus.UNAUTHORIZED, "INVALID_ACCESS_TOKEN", 65600, "Invalid access token"));
    }

    /** LinkedIn's answer when a member acts for an organisation it does not administer. */
    static Refusal denied(String what) {
        return new Refusal(HttpStatus.FORBIDDEN, "ACCESS_DENIED", 100, "Not enough permissions to access: " + what);
    }

    static Refusal badRequest(String code, String message) {
        return new Refusal(HttpStatus.BAD_REQUEST, code, null, message);
    }

    static Refusal notFound(String what) {
        return new Refusal(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "Not Found: " + what);
    }

    /** A required field of the request's JSON body; a 400 naming its path when it is missing, as Rest.li does. */
    static String required(JsonNode body, String path) {
        JsonNode node = body == null ? null : body.at(path);
        if (node == null || node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
            throw badRequest("FIELD_REQUIRED", "ERROR :: " + path + " :: field is required but not found and has "
                    + "no default value");
        }
        return node.asText();
    }

    /** The stand-in's own address as the caller reached it: where upload addresses must lead back to. */
    static String ownAddress(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path(PATH).build().toUriString();
    }

    static String organizationId(DemoAccount account) {
        return account.accountId().substring(account.accountId().lastIndexOf(':') + 1);
    }

    /** A number of its own for each id: the demo's counts follow from the id, the same on every read. */
    static long seed(String id) {
        return Integer.toUnsignedLong(id.hashCode() * 0x9E3779B1);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ResponseEntity<ObjectNode> ok(ObjectNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ObjectNode> refused(Refusal refusal) {
        ObjectNode body = object().put("status", refusal.status.value());
        if (refusal.serviceErrorCode != null) {
            body.put("serviceErrorCode", refusal.serviceErrorCode);
        }
        body.put("code", refusal.code).put("message", refusal.getMessage());
        return ResponseEntity.status(refusal.status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException e) {
        return refused(badRequest("INVALID_BODY", "The request's body is not valid JSON"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ObjectNode> mistyped(MethodArgumentTypeMismatchException e) {
        return refused(badRequest("INVALID_PARAMETER", "Invalid value for " + e.getName() + ": " + e.getValue()));
    }
}
