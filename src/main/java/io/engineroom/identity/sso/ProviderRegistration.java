package io.engineroom.identity.sso;

import io.engineroom.identity.IdentitySettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Engine Room's one client registration at the provider, read from the provider's discovery document at the
 * first single sign-on rather than at start: a provider that is down (or a wrong issuer) then refuses single
 * sign-on with a message on the login page, while Engine Room starts and local accounts, the administrators'
 * above all, still sign in. A failed discovery is tried again at the next sign-in; a successful one is kept.
 */
class ProviderRegistration implements ClientRegistrationRepository {

    static final String ID = "sso";

    private final IdentitySettings.Oidc settings;
    private volatile ClientRegistration registration;

    ProviderRegistration(IdentitySettings.Oidc settings) {
        if (settings.clientId().isBlank()) {
            // stop at start with the reason, rather than fail every sign-in later
            throw new IllegalStateException("engineroom.oidc.client-id (ENGINEROOM_OIDC_CLIENT_ID) must be set when "
                    + "single sign-on is on (ENGINEROOM_OIDC_ISSUER is set)");
        }
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(ID)
                .clientId(settings.clientId())
                .clientName(settings.displayName())
                .scope("openid", "profile", "email");
        if (settings.clientSecret().isBlank()) {
            // a public client: Spring Security then protects the code exchange with PKCE instead of a secret
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(settings.clientSecret());
        }
        return builder.build();
    }
}
