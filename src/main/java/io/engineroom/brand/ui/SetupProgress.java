package io.engineroom.brand.ui;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.EngineIdentity;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * How far a team has set itself up, read from the services each time (nothing of it is stored): whether a brand
 * exists, whether any brand has a channel, and whether anyone besides the first admin has an account.
 */
@Component
class SetupProgress {

    /** What the guide shows as done. */
    record State(boolean brand, boolean channel, boolean people) {

        boolean done() {
            return brand && channel && people;
        }
    }

    private final BrandService brands;
    private final ChannelService channels;
    private final IdentityService identityService;
    private final EngineIdentity engine;

    SetupProgress(BrandService brands, ChannelService channels, IdentityService identityService,
            EngineIdentity engine) {
        this.brands = brands;
        this.channels = channels;
        this.identityService = identityService;
        this.engine = engine;
    }

    State state() {
        List<BrandSummary> all = brands.all();
        boolean channel = all.stream().anyMatch(brand -> !channels.of(brand.id()).isEmpty());
        // everyone, not only whom the engine would show this admin: the question is whether the team exists
        long people = engine.asSystem(() -> identityService.createUserQuery().count());
        return new State(!all.isEmpty(), channel, people > 1);
    }

    /** Whether no brand exists yet: the state in which an admin's first sign-in opens the guide. */
    boolean noBrandYet() {
        return brands.all().isEmpty();
    }
}
