package io.engineroom.reporting;

import java.util.List;
import org.springframework.stereotype.Service;

/** TEMPORARY skeleton of the KPI dictionary until the metrics branch is merged (replaced by its version). */
@Service
public class KpiDictionary {

    public List<KpiDefinition> all() {
        throw new UnsupportedOperationException("metrics not merged yet");
    }

    public KpiDefinition get(String key) {
        throw new UnsupportedOperationException("metrics not merged yet");
    }
}
