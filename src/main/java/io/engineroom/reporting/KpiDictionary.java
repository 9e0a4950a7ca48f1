package io.engineroom.reporting;

import io.engineroom.base.InvalidInput;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The KPI dictionary: what each figure means, how it is computed and why it matters. Seeded as data (V15), so a
 * definition is worded once and every report shows the same words. Open to everyone: definitions are not secret.
 */
@Service
public class KpiDictionary {

    private static final RowMapper<KpiDefinition> DEFINITION = (rs, n) -> new KpiDefinition(rs.getString("kpi_key"),
            rs.getString("name"), rs.getString("formula"), rs.getString("source"), rs.getString("why_it_matters"),
            rs.getString("unit"), rs.getBoolean("higher_is_better"));

    private final JdbcTemplate jdbc;

    KpiDictionary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every KPI, in the order reports list them. */
    public List<KpiDefinition> all() {
        return jdbc.query("select * from kpi_definition order by sort_order", DEFINITION);
    }

    public KpiDefinition get(String key) {
        return jdbc.query("select * from kpi_definition where kpi_key = ?", DEFINITION, key).stream().findFirst()
                .orElseThrow(() -> new InvalidInput("kpi", "There is no KPI '" + key + "'"));
    }
}
