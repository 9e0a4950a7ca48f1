package io.engineroom.support;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import java.util.List;

/** Extra people for tests that need more than the demo's one user per role. */
public final class TestUsers {

    public static final String PASSWORD = "test-password";

    private TestUsers() {
    }

    /** Creates (once) a user with one role in the given brands. */
    public static String ensure(UserDirectory users, BrandService brands, String userId, Role role,
            String... brandIds) {
        users.createUser(userId, userId, "(test)", userId + "@example.com", PASSWORD, List.of(role));
        for (String brandId : brandIds) {
            brands.addMember(brandId, userId);
        }
        return userId;
    }
}
