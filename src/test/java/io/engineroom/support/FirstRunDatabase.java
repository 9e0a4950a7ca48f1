package io.engineroom.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new, empty database ({@code first_run}) on the shared embedded PostgreSQL server, for the application as a team
 * finds it on its first start: made afresh each time a context starts on it, so nothing of an earlier start and
 * nothing of the demo context's database is in it.
 */
public class FirstRunDatabase extends EmbeddedPostgresInitializer {

    static final String NAME = "first_run";

    @Override
    protected String database(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + NAME);
            statement.execute("create database " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + NAME, e);
        }
        return NAME;
    }
}
