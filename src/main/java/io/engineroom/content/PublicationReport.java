package io.engineroom.content;

import java.util.List;

/** What publishing a content item did on each of its channels; {@code allPublished} only when every one posted. */
public record PublicationReport(boolean allPublished, List<String> lines) {

    public String summary() {
        return String.join("\n", lines);
    }
}
