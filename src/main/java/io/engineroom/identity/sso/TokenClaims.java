package io.engineroom.identity.sso;

import io.engineroom.identity.IdentitySettings;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what Engine Room needs from a provider's claims, wherever the provider puts it: a claim may be a list or
 * one string of names separated by spaces or commas, and may sit inside another claim ({@code realm_access.roles}).
 */
record TokenClaims(String roles, String brands, String username) {

    /** What Camunda accepts as a user id here (the engine's resource whitelist pattern); the rest becomes '-'. */
    private static final Pattern NOT_IN_ID = Pattern.compile("[^a-zA-Z0-9-]+");
    private static final int LONGEST_ID = 64; // Camunda's ID_ column

    static TokenClaims from(IdentitySettings.Oidc settings) {
        return new TokenClaims(settings.rolesClaim(), settings.brandsClaim(), settings.usernameClaim());
    }

    Set<String> roles(Map<String, Object> claims) {
        return names(find(claims, roles));
    }

    Set<String> brands(Map<String, Object> claims) {
        return names(find(claims, brands));
    }

    /**
     * The user id the person gets at their first sign-in, from their user name claim: 'Ana.Silva@example.com'
     * becomes 'Ana-Silva-example-com'. Empty when the claim is missing or holds nothing usable.
     */
    Optional<String> userId(Map<String, Object> claims) {
        Object value = find(claims, username);
        if (!(value instanceof String name)) {
            return Optional.empty();
        }
        String id = NOT_IN_ID.matcher(name.strip()).replaceAll("-").replaceAll("^-+|-+$", "");
        if (id.length() > LONGEST_ID) {
            id = id.substring(0, LONGEST_ID).replaceAll("-+$", "");
        }
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    static String text(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value ? value.strip() : "";
    }

    private static Object find(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static Set<String> names(Object value) {
        Set<String> names = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> names.addAll(names(item)));
        } else if (value instanceof String text) {
            Arrays.stream(text.split("[\\s,]+")).filter(name -> !name.isEmpty()).forEach(names::add);
        }
        return names;
    }
}
