package io.engineroom.community;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.community.*}: when an author counts as a super-fan, and when an unanswered repost request is
 * chased. Teams differ in how chatty their audience is, so the thresholds are settings, not code.
 *
 * @param superFanPositive    how many positive interactions make a super-fan (default 3)
 * @param superFanWindow      within how long (default 90 days)
 * @param ugcReminder         ISO-8601 duration after which an unanswered repost request is chased (default P3D);
 *                            the ugc-permission SOP's timer reads it as written
 */
@Validated
@ConfigurationProperties("engineroom.community")
public record CommunitySettings(
        @DefaultValue("3") @Min(1) int superFanPositive,
        @DefaultValue("90d") @NotNull Duration superFanWindow,
        @DefaultValue("P3D") @NotNull @Pattern(regexp = "P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?",
                message = "must be an ISO-8601 duration in days, hours or minutes such as P3D or PT12H")
        String ugcReminder) {
}
