package io.engineroom.listening;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a brand's listening. Tracked terms are chosen by the people who read the conversation for
 * the brand: its social media managers and analysts (and admins). Its figures are read by the people who read the
 * brand's reports (analysts, social media managers, executives, admins); nobody signed in is a process step or the
 * poller, which may.
 */
@Component
public class ListeningAccess {

    static final Set<Role> EDITORS = EnumSet.of(Role.SOCIAL_MANAGER, Role.ANALYST, Role.ADMIN);
    static final Set<Role> READERS = EnumSet.of(Role.ANALYST, Role.SOCIAL_MANAGER, Role.EXECUTIVE, Role.ADMIN);

    private final CurrentUser currentUser;
    private final BrandService brands;

    ListeningAccess(CurrentUser currentUser, BrandService brands) {
        this.currentUser = currentUser;
        this.brands = brands;
    }

    /** The person asking, if they may change what the brand tracks; else AccessDeniedException. */
    public EngineRoomUser requireEdit(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!may(user, brandId, EDITORS)) {
            throw new AccessDeniedException("Only social media managers and analysts of brand '" + brandId
                    + "' (or admins) change what it tracks");
        }
        return user;
    }

    /** Reading the brand's mentions and figures: a signed-in person must be one of its readers. */
    public void checkRead(String brandId) {
        currentUser.find().ifPresent(user -> {
            if (!may(user, brandId, READERS)) {
                throw new AccessDeniedException("Listening of brand '" + brandId + "' is for its analysts,"
                        + " social media managers and executives");
            }
        });
    }

    /** The active brands whose tracked terms the signed-in person may change. */
    public List<BrandSummary> editable() {
        return currentUser.find().map(user -> brands.active().stream()
                .filter(brand -> may(user, brand.id(), EDITORS)).toList()).orElse(List.of());
    }

    static boolean may(EngineRoomUser user, String brandId, Set<Role> roles) {
        if (brandId == null || roles.stream().noneMatch(user::hasRole)) {
            return false;
        }
        return user.hasRole(Role.ADMIN) || user.belongsTo(brandId);
    }
}
