package io.engineroom.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.content.*}: the content module's settings, in one place so IDEs complete them. The two times
 * go into the content SOP's timer expressions as they are written, so they stay ISO-8601 text (a month, P1M, is a
 * timer duration but no {@link java.time.Duration}); a malformed one is refused at start, not when the first
 * timer is created.
 *
 * @param reviewReminder        after how long a waiting reviewer is reminded
 * @param firstDayMetricsAfter  from publishing to collecting the first day's metrics
 * @param assets                how large uploaded files may be ({@code engineroom.content.assets.*})
 * @param resendLimit           how often a person may have Engine Room send a channel's post again after finding it
 *                              not posted ("Verify publication"); beyond it they post by hand or leave it. Bounded so
 *                              a platform that keeps failing costs people time, not an endless loop of posts
 */
@Validated
@ConfigurationProperties("engineroom.content")
public record ContentSettings(
        @DefaultValue("P1D") @NotNull @Pattern(regexp = ISO_DURATION, message = "must be an ISO-8601 duration "
                + "such as P1D or PT4H") String reviewReminder,
        @DefaultValue("P1D") @NotNull @Pattern(regexp = ISO_DURATION, message = "must be an ISO-8601 duration "
                + "such as P1D or PT4H") String firstDayMetricsAfter,
        @DefaultValue @Valid @NestedConfigurationProperty AssetLimits assets,
        @DefaultValue("2") @Min(0) @Max(10) int resendLimit) {

    /** An ISO-8601 duration as Camunda's timers read it: P, then years to days, then T and hours to seconds. */
    static final String ISO_DURATION = "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?"
            + "(\\d+(\\.\\d+)?S)?)?";
}
