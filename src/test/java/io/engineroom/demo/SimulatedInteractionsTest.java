package io.engineroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.InteractionKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimulatedInteractionsTest {

    @Test
    void aVariedStreamOfValidInteractions() {
        SimulatedInteractions samples = new SimulatedInteractions(new Random(42));
        List<SimulatedInteractions.Sample> stream = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            stream.add(samples.next(i % 2 == 0 ? "northwind" : "beanleaf", Instant.parse("2026-11-21T10:00:00Z")));
        }

        assertThat(stream).allSatisfy(sample -> assertThat(sample.interaction().problems("")).isEmpty());
        assertThat(stream).extracting(SimulatedInteractions.Sample::intent).contains(
                SimulatedInteractions.Intent.values());
        assertThat(stream).extracting(sample -> sample.interaction().kind()).contains(InteractionKind.values());
        assertThat(stream).extracting(sample -> sample.interaction().externalId()).doesNotHaveDuplicates();
        assertThat(stream).extracting(sample -> sample.interaction().text()).anyMatch(text -> text.contains("Bank")
                || text.contains("branch")).anyMatch(text -> text.contains("coffee") || text.contains("latte"));
    }
}
