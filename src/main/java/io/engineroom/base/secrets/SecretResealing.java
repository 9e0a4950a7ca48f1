package io.engineroom.base.secrets;

import io.engineroom.base.SealedColumns;
import io.engineroom.base.SecretBox;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, seals again with the current key each secret still in plain text (written before sealing, or by
 * hand) and each sealed with a previous key (after a rotation), in the {@link SealedColumns} the modules declare: one
 * short transaction per table, counts logged, never values. A second run finds nothing to do.
 *
 * <p>Each value is replaced only if it is still the one read ({@code where column = <value read>}), so a secret a
 * person changes meanwhile (on this or another node starting at the same time) is never overwritten with the old
 * one. A value that does not open (its key is not configured) is left as it is and counted: reading it names the
 * key id that is missing.
 */
@Component
public class SecretResealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecretResealing.class);

    private final SecretBox box;
    private final List<SealedColumns> tables;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public SecretResealing(SecretBox box, List<SealedColumns> tables, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.box = box;
        this.tables = List.copyOf(tables);
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What one run did in one table. */
    public record Count(String table, int plain, int olderKey, int unopened) {

        public int sealed() {
            return plain + olderKey;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        resealAll();
    }

    /** Seals again what is due in every declared table, each in its own transaction; the counts per table. */
    public List<Count> resealAll() {
        List<Count> counts = new ArrayList<>();
        for (SealedColumns table : tables) {
            Count count = transaction.execute(status -> reseal(table));
            counts.add(count);
            if (count.sealed() > 0 || count.unopened() > 0) {
                log.info("Secrets at rest in {}: {} sealed with key id '{}' ({} were plain text, {} under an older "
                        + "key), {} could not be opened", table.table(), count.sealed(), box.currentKeyId(),
                        count.plain(), count.olderKey(), count.unopened());
            }
        }
        return counts;
    }

    private Count reseal(SealedColumns table) {
        String select = "select " + table.idColumn() + ", " + String.join(", ", table.columns()) + " from "
                + table.table() + " where " + table.columns().stream().map(column -> column + " is not null")
                .collect(Collectors.joining(" or "));
        List<Object[]> rows = jdbc.query(select, (rs, row) -> {
            Object[] values = new Object[table.columns().size() + 1];
            values[0] = rs.getObject(1);
            for (int i = 1; i < values.length; i++) {
                values[i] = rs.getString(i + 1);
            }
            return values;
        });
        int plain = 0;
        int older = 0;
        int unopened = 0;
        for (Object[] row : rows) {
            for (int i = 0; i < table.columns().size(); i++) {
                String column = table.columns().get(i);
                String stored = (String) row[i + 1];
                if (!box.needsSealing(stored)) {
                    continue;
                }
                String secret;
                try {
                    secret = box.open(stored);
                } catch (SecretBox.CannotOpen cannot) {
                    unopened++;
                    log.warn("A secret in {}.{} ({} {}) does not open: {}", table.table(), column, table.idColumn(),
                            row[0], cannot.getMessage());
                    continue;
                }
                int updated = jdbc.update("update " + table.table() + " set " + column + " = ? where "
                        + table.idColumn() + " = ? and " + column + " = ?", box.seal(secret), row[0], stored);
                if (updated > 0 && SecretBox.isSealed(stored)) {
                    older++;
                } else if (updated > 0) {
                    plain++;
                }
            }
        }
        return new Count(table.table(), plain, older, unopened);
    }
}
