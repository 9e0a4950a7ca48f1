package io.engineroom.crisis.process;

import io.engineroom.brand.BrandService;
import io.engineroom.crisis.OnCall;
import io.engineroom.crisis.OnCallRota;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who is told, in which order, for one role of the notification chain: the brand's members with that role. Out of
 * the brand's business hours the crisis leads' line starts with the on-call person, who is awake for it.
 */
@Component
class NotificationLadder {

    private final UserDirectory users;
    private final OnCallRota rota;
    private final BrandService brands;

    NotificationLadder(UserDirectory users, OnCallRota rota, BrandService brands) {
        this.users = users;
        this.rota = rota;
        this.brands = brands;
    }

    List<String> lineUp(String brandId, String roleGroupId, Instant now) {
        Role role = Arrays.stream(Role.values()).filter(candidate -> candidate.groupId().equals(roleGroupId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No role '" + roleGroupId
                        + "': crisis-notification.dmn names roles by their group id"));
        List<String> ladder = new ArrayList<>(users.membersWithRole(brandId, role));
        Optional<OnCall> onCall = rota.onCall(brandId);
        if (role == Role.CRISIS_LEAD && onCall.isPresent() && !brands.businessHours(brandId).isOpen(now)) {
            ladder.remove(onCall.get().userId());
            ladder.add(0, onCall.get().userId());
        }
        return ladder;
    }
}
