package io.engineroom.brand;

import io.engineroom.brand.domain.Brand;
import io.engineroom.brand.domain.BrandRepository;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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
    private final CurrentUser currentUser;
    private final BrandRetention retention;
    private final Clock clock;

    BrandService(BrandRepository brands, IdentityService identityService, CurrentUser currentUser,
            BrandRetention retention, Clock clock) {
        this.clock = clock;
        this.brands = brands;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.retention = retention;
    }

    @Transactional
    public BrandSummary create(String id, String name, boolean regulated) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A brand id is 2 to 63 lower-case letters, digits or dashes: " + id);
        }
        if (brands.existsById(id)) {
            throw new IllegalArgumentException("Brand '" + id + "' exists already");
        }
        Brand brand = brands.save(new Brand(id, name, regulated, clock.instant()));
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

    @Transactional(readOnly = true)
    public BrandSettings settings(String id) {
        Brand brand = brands.findById(id).orElseThrow(() -> new NotFound("brand", "No brand '" + id + "'"));
        return new BrandSettings(brand.getId(), brand.getName(), brand.isRegulated(), brand.isClientSignOffRequired(),
                ZoneId.of(brand.getTimeZone()), Duration.ofHours(brand.getApprovalLeadHours()));
    }

    @Transactional
    public BrandSettings configure(BrandSettings settings) {
        Brand brand = brands.findById(settings.id())
                .orElseThrow(() -> new NotFound("brand", "No brand '" + settings.id() + "'"));
        Map<String, String> problems = new LinkedHashMap<>();
        if (settings.name() == null || settings.name().isBlank() || settings.name().length() > 200) {
            problems.put("name", "A name of 1 to 200 characters is required");
        }
        if (settings.timeZone() == null) {
            problems.put("timeZone", "Choose the brand's time zone");
        }
        Duration lead = settings.approvalLeadTime();
        if (lead == null || lead.isNegative() || lead.toHours() > 24 * 30 || lead.toMinutes() % 60 != 0) {
            problems.put("approvalLeadTime", "The approval lead time is whole hours, at most 30 days");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        brand.configure(settings.name().trim(), settings.regulated(), settings.clientSignOffRequired(),
                settings.timeZone().getId(), (int) lead.toHours());
        Tenant tenant = identityService.createTenantQuery().tenantId(settings.id()).singleResult();
        if (tenant != null && !tenant.getName().equals(brand.getName())) {
            tenant.setName(brand.getName());
            identityService.saveTenant(tenant);
        }
        return settings(settings.id());
    }

    /** The brand's business hours in its time zone (weekdays 9 to 5 until set otherwise). */
    @Transactional(readOnly = true)
    public BusinessHours businessHours(String id) {
        Brand brand = brands.findById(id).orElseThrow(() -> new NotFound("brand", "No brand '" + id + "'"));
        java.util.Set<java.time.DayOfWeek> days = java.util.Arrays.stream(brand.getBusinessDays().split(","))
                .map(String::trim).map(BrandService::dayOfWeek).collect(java.util.stream.Collectors.toSet());
        return new BusinessHours(days, brand.getBusinessOpens(), brand.getBusinessCloses(),
                ZoneId.of(brand.getTimeZone()));
    }

    @Transactional
    public BusinessHours setBusinessHours(String id, BusinessHours hours) {
        Brand brand = brands.findById(id).orElseThrow(() -> new NotFound("brand", "No brand '" + id + "'"));
        brand.businessHours(hours.days().stream().sorted().map(day -> day.name().substring(0, 3))
                .collect(java.util.stream.Collectors.joining(",")), hours.opens(), hours.closes());
        return businessHours(id);
    }

    private static java.time.DayOfWeek dayOfWeek(String abbreviation) {
        return java.util.Arrays.stream(java.time.DayOfWeek.values())
                .filter(day -> day.name().startsWith(abbreviation.toUpperCase(java.util.Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalStateException("Not a day of the week: " + abbreviation));
    }

    /** How many days the brand's finished history is kept; empty: each SOP's own history time to live. */
    @Transactional(readOnly = true)
    public Optional<Integer> historyRetentionDays(String id) {
        requireAdmin();
        Brand brand = brands.findById(id).orElseThrow(() -> new NotFound("brand", "No brand '" + id + "'"));
        return Optional.ofNullable(brand.getHistoryRetentionDays());
    }

    /**
     * Sets (or with null clears) how many days the brand's history is kept after its instance ends: 1 to 3650.
     * Admins only. Applies to instances that end from now on (their removal time is fixed when they end).
     */
    @Transactional
    public void setHistoryRetentionDays(String id, Integer days) {
        requireAdmin();
        Brand brand = brands.findById(id).orElseThrow(() -> new NotFound("brand", "No brand '" + id + "'"));
        if (days != null && (days < BrandRetention.MIN_DAYS || days > BrandRetention.MAX_DAYS)) {
            throw new InvalidInput("historyRetentionDays", "Keep history for " + BrandRetention.MIN_DAYS + " to "
                    + BrandRetention.MAX_DAYS + " days, or leave empty to use each SOP's own setting");
        }
        brand.historyRetentionDays(days);
        retention.forget(id);
    }

    private void requireAdmin() {
        if (!currentUser.require().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins set how long history is kept");
        }
    }

    public boolean isEmpty() {
        return brands.count() == 0;
    }

    private static BrandSummary summary(Brand brand) {
        return new BrandSummary(brand.getId(), brand.getName(), brand.isRegulated());
    }
}
