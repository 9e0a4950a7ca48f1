package io.engineroom.reporting;

import io.engineroom.base.CsvTable;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a platform's CSV export of a channel's daily figures into {@code channel_day_metrics}. Which column holds
 * which metric is data ({@code metric_import_mapping}, per platform, plus the generic names every platform
 * understands); columns it does not know are left alone, as exports carry many. Each row is checked on its own:
 * rows with problems are reported (row, column, problem) and not stored, the others are stored together in one
 * transaction, so an import that fails half way leaves nothing. Importing a day again replaces that day's figures.
 * For analysts, social media managers and administrators of the brand.
 */
@Service
public class ChannelMetricsImport {

    public static final String SOURCE = "csv";
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    static final int CHUNK = 50;
    static final String GENERIC = "GENERIC";
    private static final List<String> METRICS = List.of("impressions", "reach", "engagements", "saves", "shares",
            "comments", "clicks", "follower_change", "leads");
    /** Exports write dates in their own way: ISO, ISO with a time, or the US month/day/year of Meta's exports. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"));

    private final JdbcTemplate jdbc;
    private final ChannelService channels;
    private final ReportingAccess access;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChannelMetricsImport(JdbcTemplate jdbc, ChannelService channels, ReportingAccess access,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.access = access;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One problem of one row; row 1 is the header, as in a spreadsheet. */
    public record RowProblem(int row, String column, String problem) {
    }

    /** How far an import is: rows handled of all data rows. */
    public record Progress(int done, int total) {
    }

    /** @param stored days stored, replaced those that were there */
    public record Report(int rows, int stored, int replaced, List<RowProblem> problems) {
    }

    /** The channels of a brand the signed-in person may import figures into. */
    public List<ChannelSummary> channels(String brandId) {
        access.checkImport(brandId);
        return channels.of(brandId);
    }

    /**
     * @param progress told after each chunk of stored rows
     * @throws InvalidInput when the file as a whole cannot be read (not UTF-8, too large, no date column, no metric
     *         column) or the channel is not the brand's: then nothing is stored
     */
    public Report importCsv(String brandId, long channelId, InputStream csv, Consumer<Progress> progress) {
        access.checkImport(brandId);
        ChannelSummary channel = channels.find(channelId).filter(found -> found.brandId().equals(brandId))
                .orElseThrow(() -> new InvalidInput("channel", "Choose one of the brand's channels"));
        CsvTable table = CsvTable.read(decode(csv), CsvTable.Dialect.EXPORT);
        if (table.isEmpty()) {
            throw new InvalidInput("file", "The file is empty: it needs a header row and a row per day");
        }
        Map<Integer, String> columns = header(table.header(), channel.platform().name());
        List<CsvTable.Row> data = table.data();
        if (data.size() > MAX_ROWS) {
            throw new InvalidInput("file", "At most " + MAX_ROWS + " rows per file, not " + data.size());
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<LocalDate, DayFigures> days = new LinkedHashMap<>();
        Map<LocalDate, Integer> rowOfDay = new HashMap<>();
        for (CsvTable.Row row : data) {
            DayFigures figures = parse(table, row, columns, problems);
            if (figures == null) {
                continue;
            }
            Integer earlier = rowOfDay.putIfAbsent(figures.day(), row.number());
            if (earlier != null) {
                problems.add(new RowProblem(row.number(), header(table, columns, "day"),
                        figures.day() + " is in row " + earlier + " already"));
                continue;
            }
            days.put(figures.day(), figures);
        }
        int bad = data.size() - days.size();
        progress.accept(new Progress(bad, data.size()));
        List<DayFigures> good = List.copyOf(days.values());
        int replaced = transaction.execute(status -> store(brandId, channelId, good, bad, data.size(), progress));
        problems.sort(Comparator.comparingInt(RowProblem::row).thenComparing(RowProblem::column));
        return new Report(data.size(), good.size(), replaced, List.copyOf(problems));
    }

    private record DayFigures(LocalDate day, Map<String, Long> values) {
    }

    private int store(String brandId, long channelId, List<DayFigures> good, int done, int total,
            Consumer<Progress> progress) {
        int replaced = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < good.size(); from += CHUNK) {
            for (DayFigures figures : good.subList(from, Math.min(good.size(), from + CHUNK))) {
                replaced += jdbc.update("delete from channel_day_metrics where channel_id = ? and metric_day = ? "
                        + "and source = ?", channelId, Date.valueOf(figures.day()), SOURCE);
                Map<String, Long> v = figures.values();
                jdbc.update("""
                        insert into channel_day_metrics (brand_id, channel_id, metric_day, source, impressions, reach,
                            engagements, saves, shares, comments, clicks, follower_change, leads, collected_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", brandId, channelId,
                        Date.valueOf(figures.day()), SOURCE, v.get("impressions"), v.get("reach"),
                        v.get("engagements"), v.get("saves"), v.get("shares"), v.get("comments"), v.get("clicks"),
                        v.get("follower_change"), v.get("leads"), now);
            }
            done += Math.min(CHUNK, good.size() - from);
            progress.accept(new Progress(done, total));
        }
        return replaced;
    }

    private static DayFigures parse(CsvTable table, CsvTable.Row row, Map<Integer, String> columns,
            List<RowProblem> problems) {
        var unreadable = table.shapeProblem(row);
        if (unreadable.isPresent()) {
            problems.add(new RowProblem(row.number(), unreadable.get().column(), unreadable.get().message()));
            return null;
        }
        int before = problems.size();
        LocalDate day = null;
        Map<String, Long> values = new HashMap<>();
        for (Map.Entry<Integer, String> column : columns.entrySet()) {
            String text = row.fields().get(column.getKey()).strip();
            String name = column.getValue().substring(column.getValue().indexOf('=') + 1);
            String metric = column.getValue().substring(0, column.getValue().indexOf('='));
            if (metric.equals("day")) {
                day = day(text);
                if (day == null) {
                    problems.add(new RowProblem(row.number(), name, text.isEmpty() ? "The date is missing"
                            : "'" + text + "' is not a date like 2026-03-02 or 3/2/2026"));
                }
            } else if (!text.isEmpty()) {
                Long value = count(text);
                if (value == null) {
                    problems.add(new RowProblem(row.number(), name, "'" + text + "' is not a whole number"));
                } else if (value < 0 && !metric.equals("follower_change")) {
                    problems.add(new RowProblem(row.number(), name, "A count is not negative: " + text));
                } else {
                    values.merge(metric, value, Long::sum);
                }
            }
        }
        return problems.size() == before ? new DayFigures(day, values) : null;
    }

    private static LocalDate day(String text) {
        String date = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format may fit
            }
        }
        return null;
    }

    /** A whole number, with thousands separators as exports write them ("1,234" or "1 234"). */
    private static Long count(String text) {
        String digits = text.replace(",", "").replace(" ", "").replace("\u00A0", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Column index to "metric=header" for each column the mapping knows; the platform's own names first. */
    private Map<Integer, String> header(CsvTable.Row header, String platform) {
        if (header.problem() != null) {
            throw new InvalidInput("file", "The header row cannot be read: " + header.problem());
        }
        Map<String, String> mapping = new HashMap<>();
        jdbc.query("select platform, header, metric from metric_import_mapping where platform in (?, ?) "
                + "order by case when platform = ? then 1 else 0 end", rs -> {
                    mapping.put(rs.getString("header").strip().toLowerCase(Locale.ROOT), rs.getString("metric"));
                }, platform, GENERIC, platform);
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String metric = mapping.get(name.toLowerCase(Locale.ROOT));
            if (metric != null) {
                columns.put(i, metric + "=" + name);
            }
        }
        if (!columns.values().stream().anyMatch(c -> c.startsWith("day="))) {
            throw new InvalidInput("file", "The header has no date column (" + known(mapping, "day") + ")");
        }
        if (columns.values().stream().noneMatch(c -> METRICS.contains(c.substring(0, c.indexOf('='))))) {
            throw new InvalidInput("file", "The header has no column with a metric; known here: "
                    + String.join(", ", mapping.keySet().stream().sorted().toList()));
        }
        return columns;
    }

    private static String header(CsvTable table, Map<Integer, String> columns, String metric) {
        return columns.entrySet().stream().filter(c -> c.getValue().startsWith(metric + "="))
                .map(c -> table.columnName(c.getKey())).findFirst().orElse(metric);
    }

    private static String known(Map<String, String> mapping, String metric) {
        return String.join(" or ", mapping.entrySet().stream().filter(e -> e.getValue().equals(metric))
                .map(Map.Entry::getKey).sorted().toList());
    }

    private static String decode(InputStream csv) {
        try {
            byte[] bytes = csv.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInput("file", "A file is at most " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInput("file", "The file is not UTF-8 text: save it as CSV UTF-8");
        } catch (IOException unreadable) {
            throw new InvalidInput("file", "The file could not be read: " + unreadable.getMessage());
        }
    }
}
