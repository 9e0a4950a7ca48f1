package io.engineroom.identity;

/**
 * What a person changes about themselves on their profile page. Public because Vaadin's Binder builds it by
 * reflection; field names are the ones {@link MyProfile} names its problems by.
 *
 * @param notificationAddress where their notices are e-mailed instead of {@code email}; empty: to {@code email}
 */
public record ProfileForm(String firstName, String lastName, String email, String notificationAddress) {
}
