package io.engineroom.reporting;

import java.util.List;

/** What one collection round did: how many channels gave figures, and a line per posted channel. */
public record MetricsCollection(int collected, List<String> lines) {

    public MetricsCollection {
        lines = List.copyOf(lines);
    }

    public String summary() {
        return lines.isEmpty() ? "No posted channel to collect figures from" : String.join("\n", lines);
    }
}
