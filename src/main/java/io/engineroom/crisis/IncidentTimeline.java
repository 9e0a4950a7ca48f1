package io.engineroom.crisis;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's timeline: every step, who, when. Written by the incident's services and the crisis SOP's steps in
 * their own transaction, so a step and its entry commit together. Callers check access; this does not.
 */
@Component
public class IncidentTimeline {

    private static final int MAX_TEXT = 4000;

    private final JdbcTemplate jdbc;

    IncidentTimeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a step now (the engine's clock, which tests move). {@code who} null means Engine Room itself. */
    @Transactional
    public void record(long incidentId, String who, String what) {
        record(incidentId, now(), who, what);
    }

    @Transactional
    public void record(long incidentId, Instant at, String who, String what) {
        jdbc.update("insert into incident_event (incident_id, at, who, what) values (?, ?, ?, ?)", incidentId,
                Timestamp.from(at), who, what.length() > MAX_TEXT ? what.substring(0, MAX_TEXT - 1) + "…" : what);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long incidentId) {
        return jdbc.query("select at, who, what from incident_event where incident_id = ? order by at, id",
                (row, i) -> new TimelineEntry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3)),
                incidentId);
    }

    /** The engine's clock: the SOP's timers and task times run on it, and the timeline must line up with them. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
