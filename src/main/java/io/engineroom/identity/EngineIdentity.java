package io.engineroom.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the signed-in person: Camunda then applies its authorization and tenant (brand)
 * checks, and its history and operation log record who did it.
 */
@Component
public class EngineIdentity {

    private final IdentityService identityService;
    private final CurrentUser currentUser;

    public EngineIdentity(IdentityService identityService, CurrentUser currentUser) {
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    public <T> T asCurrentUser(Supplier<T> work) {
        return as(currentUser.require(), work);
    }

    public void asCurrentUser(Runnable work) {
        asCurrentUser(() -> {
            work.run();
            return null;
        });
    }

    public <T> T as(EngineRoomUser user, Supplier<T> work) {
        try (Scope scope = enter(user)) {
            return work.get();
        }
    }

    /** Signs the user in to the engine until the scope is closed, then restores whoever was signed in before. */
    public Scope enter(EngineRoomUser user) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.id(), List.copyOf(user.groups()), List.copyOf(user.brands()));
        return () -> {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        };
    }

    /**
     * Runs engine calls as Engine Room itself, with nobody signed in to the engine: for work a channel or a timer
     * causes (an interaction arriving), after the caller has checked who may cause it.
     */
    public <T> T asSystem(Supplier<T> work) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            }
        }
    }

    /** An engine sign-in that ends with the try-with-resources block around it. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
