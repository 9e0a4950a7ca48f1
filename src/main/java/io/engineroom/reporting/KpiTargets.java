package io.engineroom.reporting;

import io.engineroom.base.InvalidInput;
import io.engineroom.identity.CurrentUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A brand's KPI targets, per reporting period, in the KPI's unit; reports show each beside its figure. */
@Service
public class KpiTargets {

    private final JdbcTemplate jdbc;
    private final KpiDictionary dictionary;
    private final ReportingAccess access;
    private final CurrentUser currentUser;

    KpiTargets(JdbcTemplate jdbc, KpiDictionary dictionary, ReportingAccess access, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.dictionary = dictionary;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Sets (or replaces) one target; for the brand's analysts, social media managers, admins, or set-up code. */
    @Transactional
    public void set(String brandId, String kpi, double target) {
        if (currentUser.find().isPresent()) {
            access.checkImport(brandId);
        }
        KpiDefinition definition = dictionary.get(kpi);
        if (target < 0 || ("percent".equals(definition.unit()) && target > 100)) {
            throw new InvalidInput("target", "A target for " + definition.name() + " is "
                    + ("percent".equals(definition.unit()) ? "between 0 and 100" : "not negative"));
        }
        jdbc.update("delete from kpi_target where brand_id = ? and kpi_key = ?", brandId, kpi);
        jdbc.update("insert into kpi_target (brand_id, kpi_key, target) values (?, ?, ?)", brandId, kpi, target);
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
