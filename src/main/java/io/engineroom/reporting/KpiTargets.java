package io.engineroom.reporting;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.identity.EngineRoomUser;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A brand's KPI targets, per reporting period, in the KPI's unit; reports show each beside its figure. */
@Service
public class KpiTargets {

    private final JdbcTemplate jdbc;
    private final KpiDictionary dictionary;
    private final ReportingAccess access;
    private final BrandPolicyAccess policyAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KpiTargets(JdbcTemplate jdbc, KpiDictionary dictionary, ReportingAccess access, BrandPolicyAccess policyAccess,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dictionary = dictionary;
        this.access = access;
        this.policyAccess = policyAccess;
        this.events = events;
        this.clock = clock;
    }

    /** Sets (or replaces) one target: an admin or a social media manager of the brand. */
    @Transactional
    public void set(String brandId, String kpi, double target) {
        Map<String, Double> targets = new LinkedHashMap<>(of(brandId));
        targets.put(kpi, target);
        try {
            define(brandId, targets);
        } catch (InvalidInput refused) {
            // one target: its problem is the target's, whichever KPI it is
            throw new InvalidInput("target", String.join("; ", refused.problems().values()));
        }
    }

    /**
     * Replaces the brand's targets by these (KPI key to target in the KPI's unit; a KPI not among them, or mapped to
     * null, has no target), in one transaction: an admin or a social media manager of the brand. Problems are keyed
     * by KPI key; the change is recorded as an {@link AdminChange}.
     */
    @Transactional
    public Map<String, Double> define(String brandId, Map<String, Double> targets) {
        EngineRoomUser user = policyAccess.require(brandId);
        Map<String, KpiDefinition> known = new LinkedHashMap<>();
        dictionary.all().forEach(definition -> known.put(definition.key(), definition));
        Map<String, String> problems = new LinkedHashMap<>();
        targets.forEach((kpi, target) -> {
            KpiDefinition definition = known.get(kpi);
            if (definition == null) {
                problems.put(kpi, "There is no KPI '" + kpi + "'");
            } else if (target != null && (target < 0 || ("percent".equals(definition.unit()) && target > 100))) {
                problems.put(kpi, "A target for " + definition.name() + " is "
                        + ("percent".equals(definition.unit()) ? "between 0 and 100" : "not negative"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, Double> before = of(brandId);
        jdbc.update("delete from kpi_target where brand_id = ?", brandId);
        targets.forEach((kpi, target) -> {
            if (target != null) {
                jdbc.update("insert into kpi_target (brand_id, kpi_key, target) values (?, ?, ?)", brandId, kpi,
                        target);
            }
        });
        Map<String, Double> after = of(brandId);
        events.publishEvent(new AdminChange("policy", "KPI targets", brandId, "KPI targets changed", user.id(),
                clock.instant(), shown(before, known), shown(after, known)));
        return after;
    }

    private static Map<String, String> shown(Map<String, Double> targets, Map<String, KpiDefinition> known) {
        Map<String, String> shown = new LinkedHashMap<>();
        targets.forEach((kpi, target) -> shown.put(known.get(kpi).name(), KpiTargets.number(target) + " "
                + known.get(kpi).unit()));
        return shown;
    }

    /** A target as typed: 5, not 5.0. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The brand's targets by KPI key. */
    @Transactional(readOnly = true)
    public Map<String, Double> of(String brandId) {
        access.checkRead(brandId);
        Map<String, Double> targets = new LinkedHashMap<>();
        jdbc.query("select t.kpi_key, t.target from kpi_target t join kpi_definition d on d.kpi_key = t.kpi_key "
                + "where t.brand_id = ? order by d.sort_order", rs -> {
                    targets.put(rs.getString(1), rs.getDouble(2));
                }, brandId);
        return targets;
    }
}
