package io.engineroom.brand;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change a brand's policies (pillars, reply templates, KPI targets, spike rule, SLA targets) and its
 * channels: an admin, or a social media manager who is a member of that brand. One rule for every module that owns
 * a policy, and for {@link ChannelService}, so the services and the screens' brand choosers cannot drift apart.
 */
@Component
public class BrandPolicyAccess {

    private final CurrentUser currentUser;
    private final BrandService brands;

    BrandPolicyAccess(CurrentUser currentUser, BrandService brands) {
        this.currentUser = currentUser;
        this.brands = brands;
    }

    /** The person asking, if they may change this brand's policies; else AccessDeniedException. */
    public EngineRoomUser require(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!mayManage(user, brandId)) {
            throw new AccessDeniedException("Only an admin or a social media manager of brand '" + brandId
                    + "' changes its policies");
        }
        return user;
    }

    /**
     * The active brands whose policies the person asking may change, by name (none when nobody is signed in): an
     * archived brand gets no new work, so its policies are not offered.
     */
    public List<BrandSummary> manageable() {
        return currentUser.find().map(user -> brands.active().stream()
                .filter(brand -> mayManage(user, brand.id())).toList()).orElse(List.of());
    }

    static boolean mayManage(EngineRoomUser user, String brandId) {
        return user.hasRole(Role.ADMIN) || (brandId != null && user.hasRole(Role.SOCIAL_MANAGER)
                && user.belongsTo(brandId));
    }
}
