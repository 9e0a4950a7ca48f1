package io.engineroom.listening;

import io.engineroom.inbox.Sentiment;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand's listening figures for the dashboard and the reports, and its latest mentions for the listening
 * screen. Read by the brand's report readers (see {@link ListeningAccess}); nobody signed in is a process step.
 */
@Service
public class ListeningFigures {

    private final JdbcTemplate jdbc;
    private final ListeningAccess access;

    ListeningFigures(JdbcTemplate jdbc, ListeningAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Share of voice and the own mentions' sentiment per day, for the brand's days {@code start..end} (exclusive). */
    @Transactional(readOnly = true)
    public ListeningReport figures(String brandId, LocalDate start, LocalDate end, ZoneId zone) {
        access.checkRead(brandId);
        Timestamp from = Timestamp.from(start.atStartOfDay(zone).toInstant());
        Timestamp until = Timestamp.from(end.atStartOfDay(zone).toInstant());
        Map<String, long[]> counts = new HashMap<>();
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            days.put(day, new long[3]);
        }
        jdbc.query("select competitor, sentiment, occurred_at from listening_mention where brand_id = ?"
                + " and occurred_at >= ? and occurred_at < ?", row -> {
                    String competitor = row.getString(1);
                    int index = Sentiment.valueOf(row.getString(2)).ordinal();
                    counts.computeIfAbsent(competitor, none -> new long[3])[index]++;
                    if (competitor == null) {
                        long[] day = days.get(LocalDate.ofInstant(row.getTimestamp(3).toInstant(), zone));
                        if (day != null) {
                            day[index]++;
                        }
                    }
                }, brandId, from, until);
        Set<String> competitors = new LinkedHashSet<>(jdbc.queryForList("select distinct competitor"
                + " from listening_term where brand_id = ? and competitor is not null order by competitor",
                String.class, brandId));
        return new ListeningReport(ShareOfVoice.of(counts, competitors), days.entrySet().stream()
                .map(day -> new SentimentDay(day.getKey(), day.getValue()[Sentiment.NEGATIVE.ordinal()],
                        day.getValue()[Sentiment.NEUTRAL.ordinal()], day.getValue()[Sentiment.POSITIVE.ordinal()]))
                .toList());
    }

    /** The brand's latest mentions, newest first. */
    @Transactional(readOnly = true)
    public List<Mention> latest(String brandId, int limit) {
        access.checkRead(brandId);
        return jdbc.query("select id, source, term_kind, term, competitor, author, text, url, occurred_at, sentiment"
                + " from listening_mention where brand_id = ? order by occurred_at desc, id desc limit ?",
                (row, i) -> new Mention(row.getLong(1), row.getString(2),
                        new TrackedTerm(0, brandId, TermKind.valueOf(row.getString(3)), row.getString(4),
                                row.getString(5)).shown(), row.getString(5), row.getString(6), row.getString(7),
                        row.getString(8), row.getTimestamp(9).toInstant(), Sentiment.valueOf(row.getString(10))),
                brandId, Math.max(1, Math.min(limit, 500)));
    }
}
