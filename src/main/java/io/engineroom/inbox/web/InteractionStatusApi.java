package io.engineroom.inbox.web;

import io.engineroom.inbox.IntakeStatus;
import io.engineroom.inbox.InteractionIntake;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/interactions/{id}}: after the 202, a channel asks where one of its interactions stands (queued,
 * read, its SOP started and when). Authenticated as a delivery is (token, or a signature over the empty body); an
 * interaction of another channel is answered like one that does not exist, so ids tell nothing across channels.
 */
@RestController
@Tag(name = "Interactions")
class InteractionStatusApi {

    private static final byte[] NO_BODY = new byte[0];

    private final InteractionIntake intake;
    private final ChannelAuthentication authentication;
    private final IntakeRateLimiter limits;

    InteractionStatusApi(InteractionIntake intake, ChannelAuthentication authentication, IntakeRateLimiter limits) {
        this.intake = intake;
        this.authentication = authentication;
        this.limits = limits;
    }

    @Operation(summary = "Where a delivered interaction stands", description = "Queued, read (classified), its SOP "
            + "started (with the time), set aside after failing, or discarded by an administrator after failing to "
            + "start its SOP (one discarded before it was read is no longer known: 404). Only the channel that "
            + "delivered it may ask.",
            security = {@SecurityRequirement(name = InteractionApi.TOKEN),
                @SecurityRequirement(name = InteractionApi.SIGNATURE)})
    @ApiResponse(responseCode = "200", description = "Where it stands")
    @ApiResponse(responseCode = "401", description = "No, wrong, revoked or used credentials")
    @ApiResponse(responseCode = "404", description = "The channel has no interaction of that id")
    @ApiResponse(responseCode = "429", description = "Too many requests from this address or for this channel")
    @GetMapping("/api/interactions/{interactionId}")
    IntakeStatus status(HttpServletRequest request, @PathVariable String interactionId) {
        limits.requireAddress(request.getRemoteAddr());
        ChannelAuthentication.Presented presented = ChannelAuthentication.Presented.of(request);
        long channelId = authentication.channelOf(presented);
        authentication.requireSignature(channelId, presented, NO_BODY);
        limits.requireChannel(channelId);
        return intake.status(channelId, interactionId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "No such interaction", "Channel " + channelId + " has delivered no interaction " + interactionId));
    }
}
