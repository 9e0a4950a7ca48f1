package io.engineroom.publishing;

import io.engineroom.workflow.LiveSops;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.MainChannel;
import io.engineroom.publishing.domain.PublicationAttempt;
import io.engineroom.publishing.domain.PublicationAttemptRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting cadence: a brand's main channel must not go longer than {@code engineroom.cadence.silent-after}
 * (3 days) without a post. Each silent channel gets one "revive" task for the social manager (the
 * channel-health SOP), never a second while the first is open.
 */
@Service
public class ChannelCadence {

    /** Message that starts channel-health's "revive silent channel" path for one channel. */
    public static final String SOP_KEY = "channel-health";
    public static final String CHANNEL_SILENT = "channel-silent";

    private final ChannelService channels;
    private final PublicationAttemptRepository attempts;
    private final RuntimeService runtimeService;
    private final LiveSops liveSops;
    private final Clock clock;
    private final Duration silentAfter;

    ChannelCadence(ChannelService channels, PublicationAttemptRepository attempts, RuntimeService runtimeService,
            LiveSops liveSops,
            Clock clock, PublishingSettings settings) {
        this.channels = channels;
        this.attempts = attempts;
        this.runtimeService = runtimeService;
        this.liveSops = liveSops;
        this.clock = clock;
        this.silentAfter = settings.cadence().silentAfter();
    }

    @Transactional(readOnly = true)
    Optional<LastPost> lastPost(long channelId) {
        return attempts.findPosted(channelId, PublishOutcome.Status.PUBLISHED, PublicationAttempt.Finding.POSTED,
                PageRequest.of(0, 1)).stream().findFirst().map(attempt -> new LastPost(channelId,
                attempt.getFinishedAt() != null ? attempt.getFinishedAt() : attempt.getResolvedAt(),
                attempt.getPostUrl(), attempt.getContentItemId()));
    }

    /** Main channels whose last post (or, without one, whose creation) is longer ago than the cadence allows. */
    @Transactional(readOnly = true)
    List<SilentChannel> silentChannels() {
        Instant now = clock.instant();
        List<SilentChannel> silent = new ArrayList<>();
        for (MainChannel main : channels.mainChannels()) {
            LastPost last = lastPost(main.channel().id()).orElse(null);
            Instant quietSince = last == null || last.at() == null ? main.since() : last.at();
            Duration quiet = Duration.between(quietSince, now);
            if (quiet.compareTo(silentAfter) > 0) {
                silent.add(new SilentChannel(main.channel(), last, quiet));
            }
        }
        return silent;
    }

    /** Opens a revive task for every silent channel that has none open yet; returns how many it opened. */
    @Transactional
    public int openReviveTasks() {
        int opened = 0;
        for (SilentChannel silent : silentChannels()) {
            String businessKey = "channel:" + silent.channel().id() + ":silence";
            if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
                continue;
            }
            long days = silent.silentFor().toDays();
            VariableMap variables = Variables.createVariables();
            ChannelHealthVariables.BRAND.put(variables, silent.channel().brandId());
            ChannelHealthVariables.TITLE.put(variables, silent.channel().label() + ": no post for " + days + " days");
            ChannelHealthVariables.CHANNEL_ID.put(variables, silent.channel().id());
            ChannelHealthVariables.CHANNEL_LABEL.put(variables, silent.channel().label());
            ChannelHealthVariables.LAST_POST.put(variables, silent.describeLastPost());
            ChannelHealthVariables.SILENT_DAYS.put(variables, days);
            liveSops.startMessage(SOP_KEY, CHANNEL_SILENT, silent.channel().brandId())
                    .processInstanceBusinessKey(businessKey)
                    .setVariables(variables)
                    .correlateStartMessage();
            opened++;
        }
        return opened;
    }
}
