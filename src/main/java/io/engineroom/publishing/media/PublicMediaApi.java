package io.engineroom.publishing.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/media/public/{token}}: a medium for a platform to fetch (Instagram takes no uploads), without
 * sign-in: the token is the permission. An unknown or expired token is a 404 problem, the same for both, so a
 * guess learns nothing.
 */
@RestController
@Tag(name = "Public media", description = "A post's media, for a platform that fetches it (Instagram)")
class PublicMediaApi {

    private final PublicMediaFiles files;

    PublicMediaApi(PublicMediaFiles files) {
        this.files = files;
    }

    @Operation(summary = "Fetch a medium for a platform", description = "The image or video at a public address "
            + "Engine Room gave a platform for one publish call; the token is the permission, valid for an hour")
    @ApiResponse(responseCode = "200", description = "The medium's bytes, with its content type",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string",
                    format = "binary")))
    @ApiResponse(responseCode = "404", description = "No medium for this token, or its address has expired")
    @GetMapping(PublicMediaFiles.PATH + "{token}")
    ResponseEntity<?> medium(@PathVariable String token) {
        return files.find(token).<ResponseEntity<?>>map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", "inline; filename=\""
                                + file.fileName().replaceAll("[\"\\r\\n\\\\]", "") + "\"")
                        .body(file.data()))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "No medium at this address: the link is wrong or has expired");
                    problem.setTitle("Not found");
                    problem.setInstance(URI.create(PublicMediaFiles.PATH));
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                });
    }
}
