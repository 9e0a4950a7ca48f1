package io.engineroom.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The roles of a social media team. Each is a Camunda group with the same id, and the Spring Security
 * authority {@code ROLE_<id>}.
 */
public enum Role {
    SOCIAL_MANAGER(Roles.SOCIAL_MANAGER, "Social media manager"),
    COPYWRITER(Roles.COPYWRITER, "Copywriter"),
    DESIGNER(Roles.DESIGNER, "Designer"),
    BRAND_REVIEWER(Roles.BRAND_REVIEWER, "Brand reviewer"),
    LEGAL(Roles.LEGAL, "Legal"),
    CLIENT_APPROVER(Roles.CLIENT_APPROVER, "Client approver"),
    COMMUNITY_MANAGER(Roles.COMMUNITY_MANAGER, "Community manager"),
    SUPPORT(Roles.SUPPORT, "Customer support"),
    CRISIS_LEAD(Roles.CRISIS_LEAD, "Crisis lead"),
    EXECUTIVE(Roles.EXECUTIVE, "Executive"),
    TRANSLATOR(Roles.TRANSLATOR, "Translator"),
    ANALYST(Roles.ANALYST, "Analyst"),
    AUDITOR(Roles.AUDITOR, "Auditor"),
    ADMIN(Roles.ADMIN, "Administrator");

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    public String authority() {
        return "ROLE_" + groupId;
    }

    public static List<String> groupIds() {
        return Arrays.stream(values()).map(Role::groupId).toList();
    }
}
