package io.engineroom.inbox;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineRoomUser;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each brand's own SLA targets per interaction category (table {@code sla_target}), so two brands can answer the
 * same kind of message at different speeds. The interaction SOP's routing decision reads them for the interaction's
 * brand and category at the decision point ({@code inbox.process.BrandSla}); a category the brand left empty keeps
 * the shipped table of interaction-routing.dmn.
 */
@Service
public class SlaTargets {

    /** At least a minute, at most a month: longer is no service level. */
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 31 * 24 * 60;

    private static final RowMapper<SlaTarget> ROW = (rs, n) -> new SlaTarget(Category.valueOf(rs.getString(1)),
            Duration.ofMinutes(rs.getInt(2)), rs.getBoolean(3));

    private final JdbcTemplate jdbc;
    private final BrandPolicyAccess access;
    private final BrandService brands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaTargets(JdbcTemplate jdbc, BrandPolicyAccess access, BrandService brands, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.brands = brands;
        this.events = events;
        this.clock = clock;
    }

    /** The brand's own targets, by category, for an admin or a social media manager of the brand. */
    @Transactional(readOnly = true)
    public List<SlaTarget> of(String brandId) {
        access.require(brandId);
        return read(brandId);
    }

    /**
     * The target of the interaction's brand for the interaction's category, both read from its record, if the brand
     * set one: for the SOP's routing step, which runs with no person signed in. The record names no instance yet
     * while its SOP is starting, or names this one.
     */
    @Transactional(readOnly = true)
    public Optional<SlaTarget> forInteraction(String interactionId, String processInstanceId) {
        return jdbc.query("select t.category, t.first_response_minutes, t.business_hours_only from interaction i "
                + "join sla_target t on t.brand_id = i.brand_id and t.category = i.category where i.id = ? "
                + "and (i.process_instance_id is null or i.process_instance_id = ?)", ROW, interactionId,
                processInstanceId).stream().findFirst();
    }

    /**
     * Replaces the brand's own targets by these (a category not among them goes back to the shipped table), in one
     * transaction, recorded as an {@link AdminChange}. Problems are keyed by the category's name.
     */
    @Transactional
    public List<SlaTarget> define(String brandId, Collection<SlaTarget> targets) {
        EngineRoomUser user = access.require(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<Category, SlaTarget> byCategory = new EnumMap<>(Category.class);
        if (brands.find(brandId).isEmpty()) {
            problems.put("brand", "No brand '" + brandId + "'");
        }
        for (SlaTarget target : targets) {
            if (target.category() == null) {
                problems.put("category", "Every target needs a category");
                continue;
            }
            long minutes = target.firstResponse() == null ? 0 : target.firstResponse().toMinutes();
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                problems.put(target.category().name(), "A first-response target is " + MIN_MINUTES
                        + " minute to 31 days");
            } else if (byCategory.put(target.category(), target) != null) {
                problems.put(target.category().name(), target.category().label() + " has two targets");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> before = shown(read(brandId));
        jdbc.update("delete from sla_target where brand_id = ?", brandId);
        byCategory.values().forEach(target -> jdbc.update("insert into sla_target (brand_id, category, "
                + "first_response_minutes, business_hours_only) values (?, ?, ?, ?)", brandId,
                target.category().name(), target.firstResponse().toMinutes(), target.businessHoursOnly()));
        List<SlaTarget> after = read(brandId);
        events.publishEvent(new AdminChange("policy", "SLA targets", brandId, "SLA targets changed", user.id(),
                clock.instant(), before, shown(after)));
        return after;
    }

    private List<SlaTarget> read(String brandId) {
        return jdbc.query("select category, first_response_minutes, business_hours_only from sla_target "
                + "where brand_id = ?", ROW, brandId).stream()
                .sorted((a, b) -> a.category().compareTo(b.category())).toList();
    }

    private static Map<String, String> shown(List<SlaTarget> targets) {
        Map<String, String> shown = new LinkedHashMap<>();
        targets.forEach(target -> shown.put(target.category().label(), minutes(target.firstResponse())
                + (target.businessHoursOnly() ? ", business hours only" : ", round the clock")));
        return shown;
    }

    /** A target in words: "90 minutes", "4 hours", "2 days". */
    public static String minutes(Duration target) {
        long minutes = target.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + (minutes == 24 * 60 ? " day" : " days");
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
