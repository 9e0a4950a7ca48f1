package io.engineroom.inbox;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.inbox.classification.ClassifiedText;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.workflow.LiveSops;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The two steps each queued interaction goes through, each over a batch of claimed rows inside the caller's
 * transaction (see {@link IntakeWork}): classify (the interaction is stored with its embedding and announced, so
 * spike detection sees it now), then start its SOP. The SOP is started with the receipt time, so the SLA counts
 * from when the delivery was acknowledged, however long the queue was.
 */
@Component
class IntakeStages {

    private final IntakeQueueStore queue;
    private final InteractionClassifier classifier;
    private final InteractionEmbeddingStore embeddings;
    private final InteractionRepository interactions;
    private final EntityManager entities;
    private final ChannelService channels;
    private final LiveSops liveSops;
    private final EngineIdentity engineIdentity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InboxReaders readers;

    IntakeStages(IntakeQueueStore queue, InteractionClassifier classifier, InteractionEmbeddingStore embeddings,
            InteractionRepository interactions, EntityManager entities, ChannelService channels, LiveSops liveSops,
            EngineIdentity engineIdentity, ApplicationEventPublisher events, Clock clock, InboxReaders readers) {
        this.queue = queue;
        this.classifier = classifier;
        this.embeddings = embeddings;
        this.interactions = interactions;
        this.entities = entities;
        this.channels = channels;
        this.liveSops = liveSops;
        this.engineIdentity = engineIdentity;
        this.events = events;
        this.clock = clock;
        this.readers = readers;
    }

    /** Which step a batch is for; classifying goes first, so a spike is seen before the SOPs catch up. */
    enum Stage {
        CLASSIFY, START
    }

    List<QueuedInteraction> claim(Stage stage, int limit, Collection<String> only) {
        return stage == Stage.CLASSIFY ? queue.claimToClassify(limit, only) : queue.claimToStart(limit, only);
    }

    void run(Stage stage, List<QueuedInteraction> claimed) {
        if (stage == Stage.CLASSIFY) {
            classify(claimed);
        } else {
            start(claimed);
        }
    }

    private void classify(List<QueuedInteraction> claimed) {
        Map<Long, ChannelSummary> channelsById = new HashMap<>();
        Map<String, List<InteractionsReceived.Received>> byBrand = new LinkedHashMap<>();
        List<Interaction> stored = new ArrayList<>();
        List<float[]> embeddingsOfStored = new ArrayList<>();
        for (QueuedInteraction queued : claimed) {
            readers.stepAside();
            ClassifiedText read = classifier.read(queued.incoming().text());
            Interaction interaction = new Interaction(queued.interactionId(), queued.brandId(), queued.channelId(),
                    queued.incoming(), read.classification(), queued.receivedAt());
            entities.persist(interaction);
            stored.add(interaction);
            embeddingsOfStored.add(read.embedding());
        }
        // the embeddings refer to the interaction rows: those go in first
        entities.flush();
        for (int i = 0; i < stored.size(); i++) {
            Interaction interaction = stored.get(i);
            embeddings.add(interaction.getId(), interaction.getBrandId(), embeddingsOfStored.get(i));
            byBrand.computeIfAbsent(interaction.getBrandId(), brand -> new ArrayList<>())
                    .add(new InteractionsReceived.Received(interaction.getId(), interaction.getSentiment(),
                            interaction.getCategory(), interaction.getReceivedAt()));
            ChannelSummary channel = channel(channelsById, interaction.getChannelId());
            // for integrations, one event per stored interaction, in this transaction with it
            events.publishEvent(new InteractionReceived(interaction.getBrandId(), interaction.getId(),
                    interaction.getChannelId(), interaction.getSentiment(), interaction.getCategory(),
                    interaction.getReceivedAt(), interaction.getAuthorHandle(), channel.label()));
        }
        byBrand.forEach((brand, received) -> events.publishEvent(new InteractionsReceived(brand, received)));
        queue.classified(claimed.stream().map(QueuedInteraction::interactionId).toList(), clock.instant());
    }

    private void start(List<QueuedInteraction> claimed) {
        Map<Long, ChannelSummary> channelsById = new HashMap<>();
        for (QueuedInteraction queued : claimed) {
            readers.stepAside();
            Interaction interaction = interactions.findById(queued.interactionId()).orElseThrow(() ->
                    new IllegalStateException("Queued interaction " + queued.interactionId() + " was classified but"
                            + " is not stored"));
            ChannelSummary channel = channel(channelsById, interaction.getChannelId());
            String processInstanceId = engineIdentity.asSystem(() -> liveSops.start(InteractionIntake.SOP_KEY,
                    interaction.getBrandId(), interaction.businessKey(), variables(interaction, channel)).getId());
            interaction.startedAs(processInstanceId, clock.instant());
        }
        queue.remove(claimed.stream().map(QueuedInteraction::interactionId).toList());
    }

    private ChannelSummary channel(Map<Long, ChannelSummary> known, long channelId) {
        return known.computeIfAbsent(channelId, id -> channels.find(id).orElseThrow(() ->
                new IllegalStateException("Channel " + id + " of a queued interaction no longer exists")));
    }

    private static VariableMap variables(Interaction interaction, ChannelSummary channel) {
        VariableMap variables = Variables.createVariables();
        InteractionHandlingVariables.BRAND.put(variables, interaction.getBrandId());
        InteractionHandlingVariables.INTERACTION_ID.put(variables, interaction.getId());
        InteractionHandlingVariables.CHANNEL_ID.put(variables, channel.id());
        InteractionHandlingVariables.TITLE.put(variables, title(interaction, channel));
        InteractionHandlingVariables.KIND.put(variables, interaction.getKind().name());
        InteractionHandlingVariables.CATEGORY.put(variables, interaction.getCategory().name());
        InteractionHandlingVariables.SENTIMENT.put(variables, interaction.getSentiment().name());
        InteractionHandlingVariables.PRIORITY.put(variables, interaction.getPriority().name());
        InteractionHandlingVariables.RECEIVED_AT.put(variables, Date.from(interaction.getReceivedAt()));
        return variables;
    }

    /** What the inbox shows as the task's title: who, where, and the start of what they wrote. */
    private static String title(Interaction interaction, ChannelSummary channel) {
        String text = interaction.getText().strip().replaceAll("\\s+", " ");
        return interaction.getAuthorHandle() + " on " + channel.label() + ": "
                + (text.length() > 80 ? text.substring(0, 79) + "…" : text);
    }
}
