package io.engineroom.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the connection pool's driver sends a JDBC batch of inserts as one multi-row insert
 * ({@code reWriteBatchedInserts}). The engine batches its inserts by table, and an SOP start writes dozens of rows
 * to the same few history tables (every variable three times): the database parses and plans one statement per
 * table instead of one per row. Measured with {@code SopStartCostBenchmark}: the database's CPU per interaction SOP
 * start about a tenth lower (README, Performance). Only inserts are rewritten: the engine's optimistic-locking
 * updates and deletes still report their row counts. An operator's own setting (in {@code DB_URL} or
 * {@code spring.datasource.hikari.data-source-properties}) stands; other databases are left as they are.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    /** Before the pool's first connection, while its settings may still change. */
    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(PROPERTY)
                && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
    }
}
