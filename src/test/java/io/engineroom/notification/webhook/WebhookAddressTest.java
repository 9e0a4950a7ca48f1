package io.engineroom.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.OutboundAddresses;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Which addresses a subscription may have outside the demo and the tests (no private addresses there): https only,
 * public, no credentials in the address. Checked without the application.
 */
class WebhookAddressTest {

    final WebhookSubscriptions production = new WebhookSubscriptions(null, null, null, null, null,
            new OutboundAddresses(false), event -> { }, Clock.systemUTC(), false);

    @Test
    void plainHttpIsRefusedInProduction() {
        assertThat(production.urlProblem("http://hooks.example.com/events"))
                .contains("An https address is required: events carry your brand's data");
    }

    @Test
    void aLoopbackOrPrivateAddressIsRefused() {
        assertThat(production.urlProblem("https://127.0.0.1/events")).hasValueSatisfying(problem ->
                assertThat(problem).contains("local or private address"));
        assertThat(production.urlProblem("https://10.0.0.8/events")).hasValueSatisfying(problem ->
                assertThat(problem).contains("local or private address"));
    }

    @Test
    void credentialsInTheAddressAreRefusedForTheSignatureAuthenticates() {
        assertThat(production.urlProblem("https://user:secret@203.0.113.7/events"))
                .contains("No user name or password in the address: the signature authenticates");
    }

    @Test
    void anEmptyOrOverlongAddressIsRefusedAndAPublicHttpsOneIsTaken() {
        assertThat(production.urlProblem("")).contains("The address to send events to is required");
        assertThat(production.urlProblem("https://203.0.113.7/" + "x".repeat(2000)))
                .contains("At most 2000 characters");
        assertThat(production.urlProblem("https://203.0.113.7/events")).isEmpty();
    }
}
