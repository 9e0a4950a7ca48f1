package io.engineroom.brand;

import io.engineroom.brand.domain.Brand;
import io.engineroom.brand.domain.BrandRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brands and who works on them. A brand is a row of its own and a Camunda tenant with the same id; a person
 * belongs to a brand through Camunda's tenant membership, which Camunda Admin shows and edits too.
 */
@Service
public class BrandService {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final BrandRepository brands;
    private final IdentityService identityService;

    BrandService(BrandRepository brands, IdentityService identityService) {
        this.brands = brands;
        this.identityService = identityService;
    }

    @Transactional
    public BrandSummary create(String id, String name, boolean regulated) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A brand id is 2 to 63 lower-case letters, digits or dashes: " + id);
        }
        if (brands.existsById(id)) {
            throw new IllegalArgumentException("Brand '" + id + "' exists already");
        }
        Brand brand = brands.save(new Brand(id, name, regulated));
        if (identityService.createTenantQuery().tenantId(id).count() == 0) {
            Tenant tenant = identityService.newTenant(id);
            tenant.setName(name);
            identityService.saveTenant(tenant);
        }
        return summary(brand);
    }

    @Transactional
    public void addMember(String brandId, String userId) {
        if (identityService.createUserQuery().userId(userId).memberOfTenant(brandId).count() == 0) {
            identityService.createTenantUserMembership(brandId, userId);
        }
    }

    @Transactional(readOnly = true)
    public List<BrandSummary> all() {
        return brands.findAll(Sort.by("name")).stream().map(BrandService::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<BrandSummary> find(Collection<String> ids) {
        return brands.findAllById(ids).stream().map(BrandService::summary)
                .sorted(Comparator.comparing(BrandSummary::name)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<BrandSummary> find(String id) {
        return brands.findById(id).map(BrandService::summary);
    }

    public boolean isEmpty() {
        return brands.count() == 0;
    }

    private static BrandSummary summary(Brand brand) {
        return new BrandSummary(brand.getId(), brand.getName(), brand.isRegulated());
    }
}
