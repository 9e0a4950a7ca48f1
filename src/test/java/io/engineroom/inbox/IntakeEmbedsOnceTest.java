package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.inbox.classification.ClassifiedText;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.workflow.LiveSops;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The model reads each text once, in the intake's classifying pass: the classifier's embedding is the one stored
 * for "answered before", for English (which the heads classify) and for another language (which they do not)
 * alike; accepting a delivery (the sender waits for that) embeds nothing. The embedding model is the real one,
 * watched by a spy that keeps every vector it returned; the database and the engine are stand-ins.
 */
class IntakeEmbedsOnceTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final String QUESTION = "Do you deliver on Sundays?";
    static final String COMPLAINT = "Still waiting for my refund after six weeks, really annoyed";
    static final String SPANISH = "Mi pedido no ha llegado y nadie responde a mis mensajes";

    static SentenceEmbeddings model;
    static InteractionClassifier classifier;
    static final List<float[]> returned = new ArrayList<>();

    InteractionEmbeddingStore embeddings = mock(InteractionEmbeddingStore.class);
    IntakeQueue queue = mock(IntakeQueue.class);
    List<Interaction> saved = new ArrayList<>();
    IntakeStages stages;
    InteractionIntake intake;

    @BeforeAll
    static void theRealModelWatched() {
        model = spy(new SentenceEmbeddings());
        doAnswer(call -> {
            float[] vector = (float[]) call.callRealMethod();
            returned.add(vector);
            return vector;
        }).when(model).embed(any());
        classifier = new InteractionClassifier(model);
    }

    @BeforeEach
    void anIntakeOverStandIns() {
        returned.clear();
        clearInvocations(model);
        ChannelService channels = mock(ChannelService.class);
        when(channels.find(7L)).thenReturn(Optional.of(new ChannelSummary(7L, "cafe", Platform.INSTAGRAM, "@cafe",
                Connector.MANUAL, true, true)));
        EntityManager entities = mock(EntityManager.class);
        doAnswer(call -> saved.add(call.getArgument(0))).when(entities).persist(any(Interaction.class));
        ProcessInstance started = mock(ProcessInstance.class);
        when(started.getId()).thenReturn("process-1");
        LiveSops sops = mock(LiveSops.class);
        when(sops.start(anyString(), anyString(), anyString(), anyMap())).thenReturn(started);
        EngineIdentity identity = mock(EngineIdentity.class);
        when(identity.asSystem(any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        stages = new IntakeStages(mock(IntakeQueueStore.class), classifier, embeddings,
                mock(InteractionRepository.class), entities, channels, sops, identity,
                mock(ApplicationEventPublisher.class), clock, new InboxReaders(Duration.ZERO));
        intake = new InteractionIntake(channels, mock(BrandService.class), queue,
                mock(PlatformTransactionManager.class), clock);
    }

    @Test
    void eachInteractionIsEmbeddedOnceAndThatVeryEmbeddingIsStoredWithIt() {
        classify(incoming("q", QUESTION), incoming("c", COMPLAINT), incoming("es", SPANISH));

        verify(model, times(3)).embed(any());
        ArgumentCaptor<String> ids = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<float[]> vectors = ArgumentCaptor.forClass(float[].class);
        verify(embeddings, times(3)).add(ids.capture(), any(), vectors.capture());
        assertThat(ids.getAllValues()).containsExactlyElementsOf(saved.stream().map(Interaction::getId).toList());
        for (int i = 0; i < 3; i++) {
            assertThat(vectors.getAllValues().get(i)).as("interaction %d", i).isSameAs(returned.get(i))
                    .hasSize(SentenceEmbeddings.DIMENSIONS);
        }
        verify(embeddings).add(saved.get(0).getId(), "cafe", returned.get(0));
        // the Spanish one is not classified (the heads read English), yet has its embedding
        assertThat(saved.get(2).getCategory()).isEqualTo(Category.UNCLASSIFIED);
        assertThat(saved.get(2).getLanguage()).isEqualTo("es");
    }

    @Test
    void whatIsStoredIsWhatTheClassifierReadAndClassifiedBy() {
        classify(incoming("c", COMPLAINT));
        returned.clear();

        ClassifiedText again = classifier.read(COMPLAINT);

        assertThat(again.classification()).isEqualTo(classifier.classify(COMPLAINT));
        assertThat(saved.get(0).getCategory()).isEqualTo(again.classification().category());
        assertThat(saved.get(0).getSentiment()).isEqualTo(again.classification().sentiment());
        ArgumentCaptor<float[]> stored = ArgumentCaptor.forClass(float[].class);
        verify(embeddings).add(any(), any(), stored.capture());
        assertThat(stored.getValue()).containsExactly(again.embedding(), within(1e-6f))
                .containsExactly(classifier.meaning(COMPLAINT), within(1e-6f));
    }

    @Test
    void acceptingEmbedsNothingAndARedeliveryIsNotQueuedAgain() {
        IntakeReceipt first = intake.accept(7L, List.of(incoming("q", QUESTION)));
        String id = first.entries().get(0).interactionId();
        when(queue.known(anyLong(), anyCollection())).thenReturn(Map.of("q", id));

        IntakeReceipt again = intake.accept(7L, List.of(incoming("q", QUESTION)));

        assertThat(again.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.duplicate()).isTrue();
            assertThat(entry.interactionId()).isEqualTo(id);
        });
        // the model reads texts in the workers' classifying pass, never while the sender waits
        assertThat(returned).isEmpty();
        verify(queue, times(1)).add(any());
        verify(embeddings, never()).add(any(), any(), any());
    }

    private void classify(IncomingInteraction... incoming) {
        List<QueuedInteraction> rows = new ArrayList<>();
        for (IncomingInteraction one : incoming) {
            rows.add(new QueuedInteraction(UUID.randomUUID().toString(), "cafe", 7L, one, NOW));
        }
        stages.run(IntakeStages.Stage.CLASSIFY, rows);
    }

    private static IncomingInteraction incoming(String externalId, String text) {
        return new IncomingInteraction(externalId, InteractionKind.COMMENT, "@ana", null, text, null, NOW, null);
    }
}
