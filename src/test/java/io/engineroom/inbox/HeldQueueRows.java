package io.engineroom.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Rows seeded straight into a channel's intake queue and then held (locked {@code FOR UPDATE}, as a worker holds
 * the rows it is working on) until {@link #close()} deletes them. The intake workers claim rows with
 * {@code SKIP LOCKED}, so in the shared application they cannot drain these while a test counts on them, and the
 * rows still count as the channel's backlog, as a worker's rows do until it commits. A worker could still take one
 * in the instant between the insert's commit and the lock: {@link #held()} says how many the test really holds, and
 * tests set the bound from that, never from how many they meant to seed.
 */
public final class HeldQueueRows implements AutoCloseable {

    private final Connection connection;
    private final String prefix;
    private final long channelId;
    private final int held;

    private HeldQueueRows(Connection connection, String prefix, long channelId, int held) {
        this.connection = connection;
        this.prefix = prefix;
        this.channelId = channelId;
        this.held = held;
    }

    public static HeldQueueRows seed(DataSource dataSource, String brandId, long channelId, int count,
            Instant receivedAt) throws SQLException {
        String prefix = "held-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("insert into intake_queue (interaction_id,"
                    + " brand_id, channel_id, external_id, kind, author_handle, text, priority, occurred_at,"
                    + " received_at) values (?, ?, ?, ?, 'COMMENT', '@held', 'Waiting in the queue', 'NORMAL',"
                    + " ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, brandId);
                    insert.setLong(3, channelId);
                    insert.setString(4, prefix + i);
                    insert.setTimestamp(5, Timestamp.from(receivedAt));
                    insert.setTimestamp(6, Timestamp.from(receivedAt));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.setAutoCommit(false);
            int held = 0;
            try (PreparedStatement lock = connection.prepareStatement("select interaction_id from intake_queue"
                    + " where channel_id = ? and external_id like ? for update")) {
                lock.setLong(1, channelId);
                lock.setString(2, prefix + "%");
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        held++;
                    }
                }
            }
            return new HeldQueueRows(connection, prefix, channelId, held);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** How many seeded rows this holds (all of them, unless a worker took one before the lock). */
    public int held() {
        return held;
    }

    /** Deletes the seeded rows (a worker may have taken one: it is gone either way) and lets the connection go. */
    @Override
    public void close() throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from intake_queue where channel_id = ?"
                + " and external_id like ?")) {
            delete.setLong(1, channelId);
            delete.setString(2, prefix + "%");
            delete.executeUpdate();
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
