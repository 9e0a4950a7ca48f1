package io.engineroom.identity;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.util.UUID;

/**
 * The people tests' own two brands and people, apart from the demo's: a social manager of brand alpha, a
 * copywriter of each brand and one of both. Created once per test JVM (each call checks).
 */
public final class PeopleTeam {

    public static final String ALPHA = "ppl-alpha";
    public static final String BETA = "ppl-beta";
    public static final String MANAGER_ALPHA = "ppl-manager-alpha";
    public static final String WRITER_ALPHA = "ppl-writer-alpha";
    public static final String WRITER_BETA = "ppl-writer-beta";
    public static final String WRITER_BOTH = "ppl-writer-both";

    private PeopleTeam() {
    }

    public static void ensure(UserDirectory users, BrandService brands) {
        try (var admin = SignedIn.as(users, "admin")) {
            if (brands.find(ALPHA).isEmpty()) {
                brands.create(ALPHA, "People Alpha", false);
            }
            if (brands.find(BETA).isEmpty()) {
                brands.create(BETA, "People Beta", false);
            }
        }
        TestUsers.ensure(users, brands, MANAGER_ALPHA, Role.SOCIAL_MANAGER, ALPHA);
        TestUsers.ensure(users, brands, WRITER_ALPHA, Role.COPYWRITER, ALPHA);
        TestUsers.ensure(users, brands, WRITER_BETA, Role.COPYWRITER, BETA);
        TestUsers.ensure(users, brands, WRITER_BOTH, Role.COPYWRITER, ALPHA, BETA);
    }

    /** A fresh person of the given brands, for a test that changes them. */
    public static String fresh(UserDirectory users, BrandService brands, String prefix, Role role, String... brandIds) {
        return TestUsers.ensure(users, brands, prefix + "-" + UUID.randomUUID().toString().substring(0, 8), role,
                brandIds);
    }
}
