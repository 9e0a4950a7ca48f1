package io.engineroom.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * One brand's month at volume, written by PostgreSQL itself ({@code insert … select … from generate_series}):
 * 3 channels, 3 pillars, 1 076 published posts, {@code interactions} interactions spread evenly over the month
 * (a mix of kinds, categories, sentiments; four in five answered, some past their SLA) and {@code postDays}
 * post-day rows (each post on each channel on each day, until the count is reached), plus the channels' day
 * figures the KPIs sum. Seconds, not minutes, for a million rows.
 */
final class ReportDataSeeder {

    static final int DAYS = 31; // October
    static final int CHANNELS = 3;

    private final DataSource database;
    private final String brand;
    private final LocalDate month;

    ReportDataSeeder(DataSource database, String brand, LocalDate month) {
        this.database = database;
        this.brand = brand;
        this.month = month;
    }

    void seed(int interactions, int postDays) throws SQLException {
        int posts = (postDays + DAYS * CHANNELS - 1) / (DAYS * CHANNELS);
        try (Connection db = database.getConnection()) {
            run(db, "insert into brand (id, name, created_at, time_zone) values (?, 'Report benchmark', now(), 'UTC')");
            run(db, """
                    insert into channel (brand_id, platform, handle, connector, created_at)
                    select ?, (array['MASTODON', 'INSTAGRAM', 'X'])[1 + n], '@bench' || n, 'MANUAL', now()
                      from generate_series(0, 2) n""");
            run(db, """
                    insert into content_pillar (brand_id, name, target_share)
                    select ?, 'Pillar ' || n, (array[50, 30, 20])[1 + n] from generate_series(0, 2) n""");
            run(db, """
                    insert into content_item (brand_id, title, state, created_at, pillar_id, publish_at)
                    select ?, 'Benchmark post ' || n, 'PUBLISHED', timestamp '%1$s' - interval '7 days',
                           p.id, timestamp '%1$s' + (n %% %2$d) * interval '1 day' + interval '9 hours'
                      from generate_series(0, %3$d) n
                      join content_pillar p on p.brand_id = ? and p.name = 'Pillar ' || (n %% 3)"""
                    .formatted(month, DAYS, posts - 1), brand);
            run(db, """
                    insert into content_item_channel (content_item_id, channel_id)
                    select ci.id, c.id from content_item ci join channel c on c.brand_id = ci.brand_id
                     where ci.brand_id = ?""");
            run(db, """
                    insert into post_day_metrics (content_item_id, channel_id, brand_id, metric_day, source,
                        impressions, reach, engagements, likes, saves, shares, comments, clicks, collected_at)
                    select ci.id, c.id, ?, date '%1$s' + (n %% %2$d), 'CSV', 1000 + n %% 997, 800 + n %% 701,
                           40 + n %% 61, 20 + n %% 31, n %% 7, n %% 11, n %% 13, n %% 17, now()
                      from generate_series(0, %3$d) n
                      join content_item ci on ci.brand_id = ? and ci.title = 'Benchmark post ' || (n / %4$d)
                      join channel c on c.brand_id = ? and c.handle = '@bench' || ((n / %2$d) %% %5$d)"""
                    .formatted(month, DAYS, postDays - 1, DAYS * CHANNELS, CHANNELS), brand, brand);
            // the month's seconds spread over the interactions: received times are distinct and in order
            double step = DAYS * 86_400.0 / interactions;
            run(db, """
                    insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text,
                        priority, occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence,
                        category, category_confidence, classified_by, state, first_response_due,
                        first_response_at, breached_at)
                    select 'bench-' || n, ?, c.id, 'ext-' || n, (array['COMMENT', 'DM', 'MENTION'])[1 + n %% 3],
                           '@fan' || (n %% 5003), 'Benchmark message ' || n,
                           (array['NORMAL', 'NORMAL', 'HIGH', 'LOW'])[1 + n %% 4], t.at, t.at,
                           (array['NEUTRAL', 'POSITIVE', 'NEGATIVE', 'NEUTRAL', 'POSITIVE'])[1 + n %% 5], 0, 0.8,
                           (array['QUESTION', 'PRAISE', 'COMPLAINT', 'LEAD', 'OTHER', 'SPAM'])[1 + n %% 6], 0.8,
                           'benchmark', case when n %% 5 = 0 then 'OPEN' else 'ANSWERED' end,
                           t.at + interval '2 hours',
                           case when n %% 5 <> 0 then t.at + (n %% 180) * interval '1 minute' end,
                           case when n %% 5 = 0 or n %% 180 > 120 then t.at + interval '2 hours' end
                      from generate_series(0, %d) n
                      cross join lateral (select timestamp '%s' + n * %s * interval '1 second' as at) t
                      join channel c on c.brand_id = ? and c.handle = '@bench' || (n %% %d)"""
                    .formatted(interactions - 1, month, step, CHANNELS), brand);
            if (tableExists(db, "channel_day_metrics")) {
                run(db, """
                        insert into channel_day_metrics (brand_id, channel_id, metric_day, source, impressions,
                            reach, engagements, saves, shares, comments, clicks, follower_change, leads, collected_at)
                        select ?, c.id, date '%s' + d, 'CSV', 30000 + d * 100, 20000 + d * 50, 1500 + d * 7,
                               40, 60, 80, 120, 5 + d %% 4, d %% 3, now()
                          from channel c cross join generate_series(0, %d) d where c.brand_id = ?"""
                        .formatted(month, DAYS - 1), brand);
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze"); // fresh statistics, as autovacuum would have by now
            }
        }
    }

    /** Runs the statement with the brand id for its first {@code ?} and the given values for the others. */
    private void run(Connection db, String sql, Object... more) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, brand);
            for (int i = 0; i < more.length; i++) {
                statement.setObject(i + 2, more[i]);
            }
            statement.executeUpdate();
        }
    }

    private static boolean tableExists(Connection db, String table) throws SQLException {
        try (var tables = db.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
