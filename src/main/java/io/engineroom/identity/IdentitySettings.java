package io.engineroom.identity;

import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The identity module's settings in one record, so IDEs complete them. Their keys predate the
 * one-prefix-per-module rule and are kept as deployments set them ({@code ADMIN_PASSWORD} and {@code DEMO_DATA}
 * land in them), so this record binds from {@code engineroom} and names each group.
 *
 * @param initialAdmin {@code engineroom.initial-admin.*}
 * @param demo         {@code engineroom.demo.enabled}: demo mode, where the demo's simple passwords are allowed
 * @param engineRest   {@code engineroom.engine-rest.*}: limits of Camunda's REST mounts
 */
@Validated
@ConfigurationProperties("engineroom")
public record IdentitySettings(@DefaultValue @Valid FirstAdmin initialAdmin, @DefaultValue Demo demo,
        @DefaultValue @Valid EngineRest engineRest) {

    /**
     * @param password creates the user {@code admin} with this password when no administrator exists yet; empty:
     *                 nobody is created
     */
    public record FirstAdmin(@DefaultValue("") String password) {

        @Override
        public String toString() {
            return "FirstAdmin[password=" + (password.isEmpty() ? "" : "***") + "]"; // never in a log
        }
    }

    /** @param enabled demo mode: demo brands, people and traffic; no password policy */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param maxUploadSize the largest multipart body (a deployment from Camunda Modeler) accepted: Camunda's
     *                      multipart reader holds the whole body in memory, so a larger one is refused before it
     *                      is read
     */
    public record EngineRest(@DefaultValue("10MB") DataSize maxUploadSize) {
    }
}
