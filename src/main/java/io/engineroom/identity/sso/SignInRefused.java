package io.engineroom.identity.sso;

/** Why a person the provider vouched for may not sign in to Engine Room; the login page shows the message. */
class SignInRefused extends RuntimeException {

    SignInRefused(String message) {
        super(message);
    }
}
