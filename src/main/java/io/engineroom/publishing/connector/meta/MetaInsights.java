package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code GET /{object-id}/insights?metric=...}: a {@code data} list of metrics, each with its {@code name}
 * and either {@code values[0].value} (Page posts, older Instagram media) or {@code total_value.value} (newer
 * Instagram media).
 */
final class MetaInsights {

    private static final Logger LOG = LoggerFactory.getLogger(MetaInsights.class);

    private MetaInsights() {
    }

    /** The metrics by name; empty when the read failed (logged), since the counts still say something. */
    static Map<String, Long> read(GraphApi graph, ChannelConnection channel, String objectId, String metrics,
            String what) {
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(objectId) + "/insights",
                Map.of("metric", metrics), channel.accessToken(), what);
        Map<String, Long> values = new HashMap<>();
        if (!answer.ok()) {
            LOG.warn("{} of {} on {} not read: {}", what, objectId, channel, answer.answered()
                    ? graph.error(answer).describe() : GraphApi.reason(answer.noAnswer()));
            return values;
        }
        JsonNode data = graph.body(answer) == null ? null : graph.body(answer).get("data");
        if (data == null || !data.isArray()) {
            return values;
        }
        for (JsonNode metric : data) {
            String name = GraphApi.text(metric, "name");
            JsonNode list = metric.get("values");
            Long value = list != null && list.isArray() && !list.isEmpty() ? GraphApi.count(list.get(0), "value")
                    : GraphApi.count(metric.get("total_value"), "value");
            if (name != null && value != null) {
                values.put(name, value);
            }
        }
        return values;
    }
}
