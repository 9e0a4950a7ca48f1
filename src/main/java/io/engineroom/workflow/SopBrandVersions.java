package io.engineroom.workflow;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Per SOP, which brand runs which version: for each active brand the caller owns SOPs of (administrators: every
 * brand; a social media manager: their brands) the live version, its own or the shared one, and its own versions
 * waiting for review or rejected; and a row for the shared version. Built on {@link SopVersions}, which already
 * leaves out the versions of brands the caller does not see.
 */
@Service
public class SopBrandVersions {

    private final SopOwners owners;
    private final SopVersions sops;
    private final BrandService brands;

    SopBrandVersions(SopOwners owners, SopVersions sops, BrandService brands) {
        this.owners = owners;
        this.sops = sops;
        this.brands = brands;
    }

    /** The caller's brands, by name, then the shared row. */
    public List<BrandSopVersion> of(SopKind kind, String key) {
        EngineRoomUser me = owners.require();
        List<SopVersion> versions = sops.versions(key).stream().filter(version -> version.kind() == kind).toList();
        SopVersion sharedLive = live(versions, null);
        List<BrandSummary> mine = me.hasRole(Role.ADMIN) ? brands.active() : brands.activeAmong(me.brands());
        List<BrandSopVersion> rows = new ArrayList<>();
        for (BrandSummary brand : mine) {
            SopVersion own = live(versions, brand.id());
            rows.add(new BrandSopVersion(brand.id(), brand.name(), own != null ? own : sharedLive,
                    pending(versions, brand.id(), own)));
        }
        rows.add(new BrandSopVersion(null, BrandSopVersion.SHARED_ROW, sharedLive, pending(versions, null,
                sharedLive)));
        return rows;
    }

    private static SopVersion live(List<SopVersion> versions, String brandId) {
        return versions.stream().filter(version -> Objects.equals(version.brandId(), brandId)
                && version.status() == SopVersion.Status.LIVE).findFirst().orElse(null);
    }

    /** The scope's own versions after its live one (all when it has none) that wait for review or were rejected. */
    private static List<SopVersion> pending(List<SopVersion> versions, String brandId, SopVersion live) {
        return versions.stream().filter(version -> Objects.equals(version.brandId(), brandId))
                .filter(version -> version.status() == SopVersion.Status.IN_REVIEW
                        || version.status() == SopVersion.Status.REJECTED)
                .filter(version -> live == null || version.version() > live.version()).toList();
    }
}
