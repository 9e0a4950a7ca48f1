package io.engineroom.publishing;

/**
 * The account a channel acts for, as its platform describes it now ("Test connection").
 *
 * @param accountId the platform's id of it
 * @param handle how people find it (@name, a page name)
 * @param displayName its display name, if it has one
 * @param followers its followers now, where the platform says
 * @param problem why the account could not be read; null when it was
 */
public record AccountCheck(String accountId, String handle, String displayName, Long followers, String problem) {

    public static AccountCheck failed(String problem) {
        return new AccountCheck(null, null, null, null, problem);
    }

    public boolean ok() {
        return problem == null;
    }

    public String describe() {
        if (!ok()) {
            return problem;
        }
        return (displayName == null || displayName.isBlank() ? "" : displayName + " ") + handle
                + (followers == null ? "" : " · " + followers + " followers");
    }
}
