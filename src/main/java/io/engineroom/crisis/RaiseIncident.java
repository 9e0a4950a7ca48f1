package io.engineroom.crisis;

import java.util.List;

/** A person raising an incident by hand: what is happening, and the interactions that show it (may be none). */
public record RaiseIncident(String brandId, String title, String description, List<String> interactionIds) {

    public RaiseIncident {
        interactionIds = interactionIds == null ? List.of() : List.copyOf(interactionIds);
    }
}
