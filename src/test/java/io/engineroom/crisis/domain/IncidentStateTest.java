package io.engineroom.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentStateTest {

    static final Instant AT = Instant.parse("2031-03-05T10:00:00Z");

    final Incident incident = new Incident("beanleaf", "Spoiled milk", "Posts about a bad batch",
            Incident.Source.MANUAL, "lena", AT);

    @Test
    void anOpenIncidentIsAssessedAgainAndResolvedOnce() {
        incident.assess(2, "product", "lena", AT);
        incident.assess(1, "safety", "lena", AT.plusSeconds(60));
        incident.resolve("lena", "Batch recalled", AT.plusSeconds(3600));

        assertThat(incident.getState()).isEqualTo(Incident.State.RESOLVED);
        assertThat(incident.getSeverity()).isEqualTo(1);
    }

    @Test
    void aResolvedIncidentKeepsItsAssessmentAndResolution() {
        incident.assess(2, "product", "lena", AT);
        incident.resolve("lena", "Batch recalled", AT.plusSeconds(3600));

        assertThatThrownBy(() -> incident.assess(1, "safety", "max", AT.plusSeconds(7200)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is resolved: it cannot be assessed");
        assertThatThrownBy(() -> incident.resolve("max", "Something else", AT.plusSeconds(7200)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is resolved: it cannot be resolved again");
        assertThat(incident.getSeverity()).isEqualTo(2);
        assertThat(incident.getResolution()).isEqualTo("Batch recalled");
        assertThat(incident.getResolvedBy()).isEqualTo("lena");
    }
}
