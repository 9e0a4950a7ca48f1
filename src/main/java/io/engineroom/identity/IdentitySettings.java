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
 * @param oidc         {@code engineroom.oidc.*}: single sign-on with an OpenID Connect provider, off unless its
 *                     issuer is set
 * @param metrics      {@code engineroom.metrics.*}: who may read {@code /actuator/prometheus} besides administrators
 */
@Validated
@ConfigurationProperties("engineroom")
public record IdentitySettings(@DefaultValue @Valid FirstAdmin initialAdmin, @DefaultValue Demo demo,
        @DefaultValue @Valid EngineRest engineRest, @DefaultValue Oidc oidc, @DefaultValue Metrics metrics) {

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

    /**
     * @param token the bearer token a Prometheus server sends to scrape {@code /actuator/prometheus}
     *              ({@code ENGINEROOM_METRICS_TOKEN}); empty: only signed-in administrators may read the metrics
     */
    public record Metrics(@DefaultValue("") String token) {

        public boolean tokenEnabled() {
            return !token.isBlank();
        }

        @Override
        public String toString() {
            return "Metrics[token=" + (token.isEmpty() ? "" : "***") + "]"; // never in a log
        }
    }

    /**
     * Single sign-on (OpenID Connect, authorization code flow). Off while {@code issuer} is empty: then nothing
     * about it is set up and no provider is called. Local accounts keep working beside it.
     *
     * @param issuer        the provider's issuer URI; its {@code /.well-known/openid-configuration} is read at the
     *                      first single sign-on, not at start, so a provider that is down never stops Engine Room
     * @param clientId      Engine Room's client id at the provider
     * @param clientSecret  its client secret
     * @param rolesClaim    the claim listing the person's roles (Engine Room role ids; others are ignored, and
     *                      {@code admin} is never taken from it); a dotted path such as {@code realm_access.roles}
     *                      reads a nested claim
     * @param brandsClaim   the claim listing the person's brands (brand ids; brands that do not exist are ignored)
     * @param usernameClaim the claim that names the person's Engine Room user id at their first sign-in
     * @param displayName   the provider's name on the login page's button: "Sign in with ..."
     */
    public record Oidc(@DefaultValue("") String issuer, @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret, @DefaultValue("roles") String rolesClaim,
            @DefaultValue("brands") String brandsClaim, @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("single sign-on") String displayName) {

        public boolean enabled() {
            return !issuer.isBlank();
        }

        @Override
        public String toString() {
            return "Oidc[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                    + (clientSecret.isEmpty() ? "" : "***") + ", rolesClaim=" + rolesClaim + ", brandsClaim="
                    + brandsClaim + ", usernameClaim=" + usernameClaim + ", displayName=" + displayName + "]";
        }
    }
}
