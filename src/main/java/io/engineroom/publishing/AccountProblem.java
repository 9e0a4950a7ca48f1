package io.engineroom.publishing;

/**
 * A platform did not give or take an account's tokens.
 *
 * @param refused true when the platform said no (revoked, expired for good, wrong password, access withdrawn): asking
 *                again will not help, a person must connect the channel again; false when it did not answer or
 *                answered with a server error or a rate limit, so a later try may work
 */
public class AccountProblem extends RuntimeException {

    private final boolean refused;

    public AccountProblem(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }
}
