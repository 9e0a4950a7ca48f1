package io.engineroom.identity;

/**
 * The role ids as compile-time constants, for annotations such as {@code @RolesAllowed(Roles.ADMIN)}, where the
 * {@link Role} enum cannot be used. A typo in a role name is then a compile error instead of a screen nobody can
 * open; {@link Role} takes its ids from here, so there is one spelling.
 */
public final class Roles {

    public static final String SOCIAL_MANAGER = "social-manager";
    public static final String COPYWRITER = "copywriter";
    public static final String DESIGNER = "designer";
    public static final String BRAND_REVIEWER = "brand-reviewer";
    public static final String LEGAL = "legal";
    public static final String CLIENT_APPROVER = "client-approver";
    public static final String COMMUNITY_MANAGER = "community-manager";
    public static final String SUPPORT = "support";
    public static final String CRISIS_LEAD = "crisis-lead";
    public static final String EXECUTIVE = "executive";
    public static final String TRANSLATOR = "translator";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
