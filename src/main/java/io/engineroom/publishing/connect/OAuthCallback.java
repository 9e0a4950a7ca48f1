package io.engineroom.publishing.connect;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a platform sends the person back after they allowed (or declined) Engine Room to act for an account:
 * {@code GET /oauth/callback/{platform}?code=&state=} or {@code ?error=&error_description=&state=}. Behind the
 * sign-in like every screen (the browser brings the session), because only the person who started the connection
 * may finish it. Always answers with a redirect to the Channels screen, which shows what came of it: the platform's
 * words are kept on the server and shown only to that person, never taken from the address.
 */
@RestController
class OAuthCallback {

    private final AccountConnections connections;

    OAuthCallback(AccountConnections connections) {
        this.connections = connections;
    }

    @GetMapping(AccountConnections.CALLBACK_PATH + "{platform}")
    ResponseEntity<Void> callback(@PathVariable String platform, @RequestParam(required = false) String state,
            @RequestParam(required = false) String code, @RequestParam(required = false) String error,
            @RequestParam(name = "error_description", required = false) String errorDescription) {
        AccountConnections.Landing landing = connections.finish(platform, state, code, error, errorDescription);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(landing.path())).build();
    }
}
