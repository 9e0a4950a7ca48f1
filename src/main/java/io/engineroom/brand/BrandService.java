package io.engineroom.brand;

import io.engineroom.base.AdminChange;
import io.engineroom.base.CacheStamps;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.KeptValues;
import io.engineroom.base.NotFound;
import io.engineroom.brand.domain.Brand;
import io.engineroom.brand.domain.BrandRepository;
import io.engineroom.brand.domain.BusinessDay;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brands and who works on them. A brand is a row of its own and a Camunda tenant with the same id, created together
 * in one transaction (the engine joins Spring's). Only admins create, change, archive and adopt brands; each change
 * is published as an {@link AdminChange} in its transaction. Brands are never deleted: an archived brand keeps its
 * records and history, but other modules leave it out of new work ({@link #active()}, {@link #isArchived}). A tenant
 * without a brand row (made in Camunda Admin) is not a brand until an admin adopts it.
 */
@Service
public class BrandService {

    /** The cache stamp of brands' business hours, which every interaction SOP start counting them reads. */
    static final String HOURS_CACHE = "brand-hours";

    private final BrandRepository brands;
    private final IdentityService identityService;
    private final EngineIdentity engineIdentity;
    private final CurrentUser currentUser;
    private final BrandRetention retention;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KeptValues<String, BusinessHours> hours;

    BrandService(BrandRepository brands, IdentityService identityService, EngineIdentity engineIdentity,
            CurrentUser currentUser, BrandRetention retention, ApplicationEventPublisher events, Clock clock,
            CacheStamps stamps) {
        this.hours = new KeptValues<>(stamps, HOURS_CACHE);
        this.brands = brands;
        this.identityService = identityService;
        this.engineIdentity = engineIdentity;
        this.currentUser = currentUser;
        this.retention = retention;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a brand with the usual settings (UTC, weekdays 9 to 5, 24 hours' lead time). Admins only. */
    @Transactional
    public BrandSummary create(String id, String name, boolean regulated) {
        BrandDetails defaults = BrandDetails.defaults(id, name);
        return create(new BrandDetails(id, name, defaults.timeZone(), regulated, false,
                defaults.approvalLeadTime(), null, defaults.hours(), defaults.holidays()));
    }

    /**
     * Creates the brand and its Camunda tenant, both or neither. Admins only.
     *
     * @throws InvalidInput by field when the details are not acceptable (nothing is written)
     */
    @Transactional
    public BrandSummary create(BrandDetails details) {
        String actor = requireAdmin("create brands");
        Map<String, String> problems = BrandRules.problems(details);
        String idProblem = BrandRules.idProblem(details.id());
        if (idProblem == null && brands.existsById(details.id())) {
            idProblem = "Brand '" + details.id() + "' exists already";
        } else if (idProblem == null && tenant(details.id()).isPresent()) {
            idProblem = "Camunda has a tenant '" + details.id() + "' without a brand: adopt it from the list instead";
        }
        if (idProblem != null) {
            problems.put("id", idProblem);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Brand brand = new Brand(details.id(), details.name().trim(), details.regulated(), clock.instant());
        apply(brand, details);
        brand = brands.saveAndFlush(brand);
        engineIdentity.asSystem(() -> {
            Tenant tenant = identityService.newTenant(details.id());
            tenant.setName(details.name().trim());
            identityService.saveTenant(tenant);
            return null;
        });
        retention.forget(brand.getId());
        publish(brand, "created", actor, Map.of());
        return summary(brand);
    }

    /**
     * Creates the brand record of a Camunda tenant that has none (made in Camunda Admin), keeping the tenant and its
     * memberships. Admins only.
     */
    @Transactional
    public BrandSummary adopt(BrandDetails details) {
        String actor = requireAdmin("adopt tenants as brands");
        Map<String, String> problems = BrandRules.problems(details);
        if (details.id() == null || tenant(details.id()).isEmpty() || brands.existsById(details.id())) {
            problems.put("id", "No tenant '" + details.id() + "' without a brand");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Brand brand = new Brand(details.id(), details.name().trim(), details.regulated(), clock.instant());
        apply(brand, details);
        brand = brands.saveAndFlush(brand);
        renameTenant(brand);
        retention.forget(brand.getId());
        publish(brand, "adopted", actor, Map.of());
        return summary(brand);
    }

    /** Changes everything but the id. Admins only. */
    @Transactional
    public BrandDetails edit(BrandDetails details) {
        String actor = requireAdmin("change brands");
        Brand brand = brand(details.id());
        Map<String, String> problems = BrandRules.problems(details);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> before = BrandFields.of(brand);
        apply(brand, details);
        renameTenant(brand);
        retention.forget(brand.getId());
        hours.changed();
        publish(brand, "changed", actor, before);
        return details(brand);
    }

    /**
     * Archives the brand: its records, history and tenant stay, it is hidden from choosers for new work and its
     * timers create no work. Admins only.
     */
    @Transactional
    public void archive(String id) {
        String actor = requireAdmin("archive brands");
        Brand brand = brand(id);
        if (brand.isArchived()) {
            return;
        }
        Map<String, String> before = BrandFields.of(brand);
        brand.archive(clock.instant(), actor);
        publish(brand, "archived", actor, before);
    }

    /** Makes an archived brand active again. Admins only. */
    @Transactional
    public void unarchive(String id) {
        String actor = requireAdmin("unarchive brands");
        Brand brand = brand(id);
        if (!brand.isArchived()) {
            return;
        }
        Map<String, String> before = BrandFields.of(brand);
        brand.unarchive();
        publish(brand, "unarchived", actor, before);
    }

    /** Everything an admin may set about the brand. Admins only. */
    @Transactional(readOnly = true)
    public BrandDetails details(String id) {
        requireAdmin("read brand settings");
        return details(brand(id));
    }

    /** Every brand, archived ones included, by name. Admins only. */
    @Transactional(readOnly = true)
    public List<BrandListing> overview() {
        requireAdmin("list brands");
        return brands.findAll(Sort.by("name")).stream().map(brand -> new BrandListing(brand.getId(), brand.getName(),
                ZoneId.of(brand.getTimeZone()), brand.isRegulated(), brand.isClientSignOffRequired(),
                brand.getArchivedAt(), brand.getArchivedBy())).toList();
    }

    /** Camunda tenants without a brand record, for an admin to adopt. Admins only. */
    @Transactional(readOnly = true)
    public List<TenantWithoutBrand> tenantsWithoutBrand() {
        requireAdmin("list tenants");
        Set<String> known = brands.findAll().stream().map(Brand::getId).collect(Collectors.toSet());
        return engineIdentity.asSystem(() -> identityService.createTenantQuery().orderByTenantId().asc().list())
                .stream().filter(tenant -> !known.contains(tenant.getId()))
                .map(tenant -> new TenantWithoutBrand(tenant.getId(), tenant.getName())).toList();
    }

    @Transactional
    public void addMember(String brandId, String userId) {
        if (identityService.createUserQuery().userId(userId).memberOfTenant(brandId).count() == 0) {
            identityService.createTenantUserMembership(brandId, userId);
        }
    }

    /** Every brand with a record, archived ones included (for history and reports), by name. */
    @Transactional(readOnly = true)
    public List<BrandSummary> all() {
        return brands.findAll(Sort.by("name")).stream().map(BrandService::summary).toList();
    }

    /** The brands that take new work (not archived), by name: for timers and choosers of new work. */
    @Transactional(readOnly = true)
    public List<BrandSummary> active() {
        return all().stream().filter(brand -> !brand.archived()).toList();
    }

    /** Those of the given brands that take new work, by name: a person's brands in a chooser of new work. */
    @Transactional(readOnly = true)
    public List<BrandSummary> activeAmong(Collection<String> ids) {
        return find(ids).stream().filter(brand -> !brand.archived()).toList();
    }

    /** Whether the brand is archived; false for an unknown one. */
    @Transactional(readOnly = true)
    public boolean isArchived(String id) {
        return id != null && brands.findById(id).map(Brand::isArchived).orElse(false);
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
        Brand brand = brand(id);
        return new BrandSettings(brand.getId(), brand.getName(), brand.isRegulated(), brand.isClientSignOffRequired(),
                ZoneId.of(brand.getTimeZone()), Duration.ofHours(brand.getApprovalLeadHours()));
    }

    /** Sets the settings the content SOP reads, keeping the rest. Admins only. */
    @Transactional
    public BrandSettings configure(BrandSettings settings) {
        BrandDetails current = details(brand(settings.id()));
        edit(new BrandDetails(settings.id(), settings.name(), settings.timeZone(), settings.regulated(),
                settings.clientSignOffRequired(), settings.approvalLeadTime(), current.historyRetentionDays(),
                current.hours(), current.holidays()));
        return settings(settings.id());
    }

    /**
     * The brand's business hours in its time zone (weekdays 9 to 5 until set otherwise), holidays included. Kept
     * until the brand is edited (every interaction SOP start counting business hours reads them: three queries).
     */
    @Transactional(readOnly = true)
    public BusinessHours businessHours(String id) {
        return hours.get(id, brandId -> {
            Brand brand = brand(brandId);
            return new BusinessHours(week(brand), brand.getHolidays(), ZoneId.of(brand.getTimeZone()));
        });
    }

    /** Sets the brand's weekly hours and holidays (the time zone stays the brand's). Admins only. */
    @Transactional
    public BusinessHours setBusinessHours(String id, BusinessHours hours) {
        BrandDetails current = details(brand(id));
        edit(new BrandDetails(id, current.name(), current.timeZone(), current.regulated(),
                current.clientSignOffRequired(), current.approvalLeadTime(), current.historyRetentionDays(),
                hours.week(), hours.holidays()));
        return businessHours(id);
    }

    /** How many days the brand's finished history is kept; empty: each SOP's own history time to live. */
    @Transactional(readOnly = true)
    public Optional<Integer> historyRetentionDays(String id) {
        requireAdmin("read how long history is kept");
        return Optional.ofNullable(brand(id).getHistoryRetentionDays());
    }

    /**
     * Sets (or with null clears) how many days the brand's history is kept after its instance ends: 1 to 3650.
     * Admins only. Applies to instances that end from now on (their removal time is fixed when they end).
     */
    @Transactional
    public void setHistoryRetentionDays(String id, Integer days) {
        requireAdmin("set how long history is kept");
        BrandDetails current = details(brand(id));
        edit(new BrandDetails(id, current.name(), current.timeZone(), current.regulated(),
                current.clientSignOffRequired(), current.approvalLeadTime(), days, current.hours(),
                current.holidays()));
    }

    public boolean isEmpty() {
        return brands.count() == 0;
    }

    private String requireAdmin(String what) {
        return currentUser.requireRole(Role.ADMIN, "Only admins " + what).id();
    }

    private Brand brand(String id) {
        return (id == null ? Optional.<Brand>empty() : brands.findById(id))
                .orElseThrow(() -> new NotFound("brand", "No brand '" + id + "'"));
    }

    private Optional<Tenant> tenant(String id) {
        return Optional.ofNullable(engineIdentity.asSystem(
                () -> identityService.createTenantQuery().tenantId(id).singleResult()));
    }

    private void renameTenant(Brand brand) {
        tenant(brand.getId()).filter(tenant -> !brand.getName().equals(tenant.getName())).ifPresent(tenant -> {
            tenant.setName(brand.getName());
            engineIdentity.asSystem(() -> {
                identityService.saveTenant(tenant);
                return null;
            });
        });
    }

    private static void apply(Brand brand, BrandDetails details) {
        brand.configure(details.name().trim(), details.regulated(), details.clientSignOffRequired(),
                details.timeZone().getId(), (int) details.approvalLeadTime().toHours());
        brand.historyRetentionDays(details.historyRetentionDays());
        Map<DayOfWeek, BusinessDay> week = new EnumMap<>(DayOfWeek.class);
        details.hours().forEach((day, hours) -> week.put(day, new BusinessDay(hours.opens(), hours.closes())));
        brand.businessHours(week, details.holidays());
    }

    private void publish(Brand brand, String action, String actor, Map<String, String> before) {
        Map<String, String> after = BrandFields.of(brand);
        events.publishEvent(new AdminChange("brand", brand.getName(), brand.getId(), action, actor, clock.instant(),
                before, after));
    }

    private static Map<DayOfWeek, BusinessHours.OpeningHours> week(Brand brand) {
        Map<DayOfWeek, BusinessHours.OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        brand.getBusinessDays().forEach((day, hours) -> week.put(day,
                new BusinessHours.OpeningHours(hours.getOpens(), hours.getCloses())));
        return week;
    }

    private static BrandDetails details(Brand brand) {
        return new BrandDetails(brand.getId(), brand.getName(), ZoneId.of(brand.getTimeZone()), brand.isRegulated(),
                brand.isClientSignOffRequired(), Duration.ofHours(brand.getApprovalLeadHours()),
                brand.getHistoryRetentionDays(), week(brand), brand.getHolidays());
    }

    private static BrandSummary summary(Brand brand) {
        return new BrandSummary(brand.getId(), brand.getName(), brand.isRegulated(), brand.isArchived());
    }
}
