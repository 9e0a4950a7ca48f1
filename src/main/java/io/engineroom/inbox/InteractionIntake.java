package io.engineroom.inbox;

import io.engineroom.workflow.LiveSops;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.inbox.classification.ClassifiedText;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes interactions in from a channel: each new one is classified, stored and its interaction SOP started, in one
 * transaction per delivery, so when this returns every interaction in it is durable and running, exactly once per
 * (channel, platform id). The caller has already checked that whoever delivers may speak for the channel.
 * <p>
 * The sentence embedding the classifier reads a text by is stored with the interaction, in the same transaction:
 * "answered before" compares interactions by it, so no interaction is ever in without one, and the model reads each
 * text once.
 */
@Service
public class InteractionIntake {

    public static final String SOP_KEY = "interaction";
    public static final int MAX_BATCH = 500;

    private final InteractionRepository interactions;
    private final ChannelService channels;
    private final BrandService brands;
    private final InteractionClassifier classifier;
    private final InteractionEmbeddingStore embeddings;
    private final RuntimeService runtimeService;
    private final LiveSops liveSops;
    private final EngineIdentity engineIdentity;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InteractionIntake(InteractionRepository interactions, ChannelService channels, BrandService brands,
            InteractionClassifier classifier, InteractionEmbeddingStore embeddings,
            RuntimeService runtimeService, EngineIdentity engineIdentity, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock, LiveSops liveSops) {
        this.interactions = interactions;
        this.channels = channels;
        this.brands = brands;
        this.classifier = classifier;
        this.embeddings = embeddings;
        this.runtimeService = runtimeService;
        this.liveSops = liveSops;
        this.engineIdentity = engineIdentity;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @throws InvalidInput when any interaction is malformed, or the channel's brand is archived (it takes no new
     *                      work): then nothing is stored
     */
    public IntakeReceipt accept(long channelId, List<IncomingInteraction> delivered) {
        ChannelSummary channel = channels.find(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        if (brands.isArchived(channel.brandId())) {
            throw new InvalidInput("channel", "The brand of channel " + channelId + " is archived: it takes no new "
                    + "interactions");
        }
        check(delivered);
        try {
            return transaction.execute(status -> store(channel, delivered));
        } catch (DataIntegrityViolationException sameDeliveryInParallel) {
            // another request stored one of these between our check and our insert: now they are all there
            return transaction.execute(status -> store(channel, delivered));
        }
    }

    private static void check(List<IncomingInteraction> delivered) {
        if (delivered == null || delivered.isEmpty()) {
            throw new InvalidInput("interactions", "Send at least one interaction");
        }
        if (delivered.size() > MAX_BATCH) {
            throw new InvalidInput("interactions", "At most " + MAX_BATCH + " interactions per delivery, not "
                    + delivered.size());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < delivered.size(); i++) {
            IncomingInteraction one = delivered.get(i);
            if (one == null) {
                problems.put("interactions[" + i + "]", "interactions[" + i + "] is empty");
            } else {
                problems.putAll(one.problems("interactions[" + i + "]."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private IntakeReceipt store(ChannelSummary channel, List<IncomingInteraction> delivered) {
        Set<String> externalIds = delivered.stream().map(IncomingInteraction::externalId).collect(Collectors.toSet());
        Map<String, String> known = new HashMap<>();
        interactions.findByChannelIdAndExternalIdIn(channel.id(), externalIds)
                .forEach(existing -> known.put(existing.getExternalId(), existing.getId()));
        Instant now = clock.instant();
        List<IntakeReceipt.Entry> entries = new ArrayList<>();
        List<InteractionsReceived.Received> received = new ArrayList<>();
        for (IncomingInteraction incoming : delivered) {
            String existing = known.get(incoming.externalId());
            if (existing != null) {
                entries.add(new IntakeReceipt.Entry(incoming.externalId(), existing, true));
                continue;
            }
            // saveAndFlush merges (the id is assigned): only the copy it returns is managed and takes the instance id
            ClassifiedText read = classifier.read(incoming.text());
            Interaction interaction = interactions.saveAndFlush(new Interaction(channel.brandId(), channel.id(),
                    incoming, read.classification(), now));
            embeddings.add(interaction.getId(), channel.brandId(), read.embedding());
            interaction.startedAs(startSop(interaction, channel));
            known.put(incoming.externalId(), interaction.getId());
            entries.add(new IntakeReceipt.Entry(incoming.externalId(), interaction.getId(), false));
            received.add(new InteractionsReceived.Received(interaction.getId(), interaction.getSentiment(),
                    interaction.getCategory(), now));
            // for integrations, one event per stored interaction, in this transaction with it
            events.publishEvent(new InteractionReceived(channel.brandId(), interaction.getId(), channel.id(),
                    interaction.getSentiment(), interaction.getCategory(), now, interaction.getAuthorHandle(),
                    channel.label()));
        }
        if (!received.isEmpty()) {
            events.publishEvent(new InteractionsReceived(channel.brandId(), received));
        }
        return new IntakeReceipt(entries);
    }

    private String startSop(Interaction interaction, ChannelSummary channel) {
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
        return engineIdentity.asSystem(() -> liveSops.start(SOP_KEY, channel.brandId(),
                interaction.businessKey(), variables).getId());
    }

    /** What the inbox shows as the task's title: who, where, and the start of what they wrote. */
    private static String title(Interaction interaction, ChannelSummary channel) {
        String text = interaction.getText().strip().replaceAll("\\s+", " ");
        return interaction.getAuthorHandle() + " on " + channel.label() + ": "
                + (text.length() > 80 ? text.substring(0, 79) + "…" : text);
    }
}
