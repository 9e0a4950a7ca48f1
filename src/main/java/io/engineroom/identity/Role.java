package io.engineroom.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The roles of a social media team. Each is a Camunda group with the same id, and the Spring Security
 * authority {@code ROLE_<id>}.
 */
public enum Role {
    SOCIAL_MANAGER("social-manager", "Social media manager"),
    COPYWRITER("copywriter", "Copywriter"),
    DESIGNER("designer", "Designer"),
    BRAND_REVIEWER("brand-reviewer", "Brand reviewer"),
    LEGAL("legal", "Legal"),
    CLIENT_APPROVER("client-approver", "Client approver"),
    COMMUNITY_MANAGER("community-manager", "Community manager"),
    SUPPORT("support", "Customer support"),
    CRISIS_LEAD("crisis-lead", "Crisis lead"),
    EXECUTIVE("executive", "Executive"),
    ANALYST("analyst", "Analyst"),
    AUDITOR("auditor", "Auditor"),
    ADMIN("admin", "Administrator");

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
