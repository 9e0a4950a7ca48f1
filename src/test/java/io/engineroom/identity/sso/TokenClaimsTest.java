package io.engineroom.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles, brands and the user name read from the claims wherever and however a provider writes them. */
class TokenClaimsTest {

    private final TokenClaims claims = new TokenClaims("roles", "brands", "preferred_username");

    @Test
    void aClaimIsAListOrOneStringOfNames() {
        assertThat(claims.roles(Map.of("roles", List.of("copywriter", "designer")))).containsExactly("copywriter",
                "designer");
        assertThat(claims.brands(Map.of("brands", "beanleaf, northwind  client-x"))).containsExactly("beanleaf",
                "northwind", "client-x");
        assertThat(claims.roles(Map.of())).isEmpty();
        assertThat(claims.roles(Map.of("roles", 42))).isEmpty();
    }

    @Test
    void aDottedClaimIsReadInsideAnother() {
        TokenClaims keycloak = new TokenClaims("realm_access.roles", "brands", "preferred_username");

        assertThat(keycloak.roles(Map.of("realm_access", Map.of("roles", List.of("auditor"))))).containsExactly(
                "auditor");
        assertThat(keycloak.roles(Map.of("realm_access", "auditor"))).isEmpty();
    }

    @Test
    void theUserNameBecomesAUserIdCamundaAccepts() {
        assertThat(claims.userId(Map.of("preferred_username", "Ana.Silva@example.com"))).hasValue(
                "Ana-Silva-example-com");
        assertThat(claims.userId(Map.of("preferred_username", " cora "))).hasValue("cora");
        assertThat(claims.userId(Map.of("preferred_username", "x".repeat(70) + ".y"))).hasValue("x".repeat(64));
        assertThat(claims.userId(Map.of("preferred_username", "@@@"))).isEmpty();
        assertThat(claims.userId(Map.of())).isEmpty();
    }
}
