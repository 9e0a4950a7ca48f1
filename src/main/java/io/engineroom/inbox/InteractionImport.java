package io.engineroom.inbox;

import io.engineroom.base.CsvTable;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports interactions from a CSV file into one channel (a platform export, a spreadsheet of old messages). Each
 * row is checked on its own: rows with problems are reported (row, field, message) and left out, all others are
 * imported, {@value #CHUNK} rows per {@link InteractionIntake#accept} call, so each chunk is durable when its
 * progress is reported and a row imported twice (the same externalId) stays one interaction. For
 * {@code community-manager}, {@code social-manager} and {@code admin} in the channel's brand.
 */
@Service
public class InteractionImport {

    public static final List<String> COLUMNS = List.of("externalId", "kind", "authorHandle", "authorName", "text",
            "inReplyTo", "occurredAt", "priority");
    public static final int CHUNK = 100;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final List<Role> IMPORTERS = List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER, Role.ADMIN);
    private static final Pattern INTAKE_FIELD = Pattern.compile("interactions\\[(\\d+)]\\.?(.*)");

    private final InteractionIntake intake;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final Clock clock;

    InteractionImport(InteractionIntake intake, ChannelService channels, CurrentUser currentUser, Clock clock) {
        this.intake = intake;
        this.clock = clock;
        this.channels = channels;
        this.currentUser = currentUser;
    }

    /** One problem of one row; row 1 is the header, as in a spreadsheet. */
    public record RowProblem(int row, String field, String message) {
    }

    /** How far an import is: rows handled of all data rows. */
    public record Progress(int done, int total) {
    }

    public record Report(int rows, int imported, int duplicates, List<RowProblem> problems) {
    }

    /** The channels the signed-in person may import into: those of their brands, if their role imports at all. */
    public List<ChannelSummary> channels() {
        EngineRoomUser user = currentUser.require();
        if (!mayImport(user)) {
            return List.of();
        }
        return user.brands().stream().sorted().flatMap(brand -> channels.of(brand).stream()).toList();
    }

    /**
     * @param progress told after each stored chunk
     * @throws InvalidInput when the file as a whole cannot be read (not UTF-8, too large, wrong header): then
     *         nothing is imported
     */
    public Report importCsv(long channelId, InputStream csv, Consumer<Progress> progress) {
        ChannelSummary channel = channels.find(channelId)
                .orElseThrow(() -> new InvalidInput("channel", "Choose a channel"));
        EngineRoomUser user = currentUser.require();
        if (!mayImport(user) || !user.belongsTo(channel.brandId())) {
            throw new AccessDeniedException("Only a community manager, social media manager or admin of the brand "
                    + "imports its interactions");
        }
        CsvTable table = CsvTable.read(decode(csv), CsvTable.Dialect.STRICT);
        if (table.isEmpty()) {
            throw new InvalidInput("file", "The file is empty: it needs the header " + String.join(",", COLUMNS));
        }
        Map<String, Integer> columns = header(table);
        List<CsvTable.Row> data = table.data();
        if (data.size() > MAX_ROWS) {
            throw new InvalidInput("file", "At most " + MAX_ROWS + " rows per file, not " + data.size());
        }
        List<RowProblem> problems = new ArrayList<>();
        List<Parsed> good = new ArrayList<>();
        for (CsvTable.Row row : data) {
            Parsed parsed = parse(table, row, columns, problems, clock);
            if (parsed != null) {
                good.add(parsed);
            }
        }
        int imported = 0;
        int duplicates = 0;
        int done = data.size() - good.size();
        progress.accept(new Progress(done, data.size()));
        for (int from = 0; from < good.size(); from += CHUNK) {
            List<Parsed> chunk = good.subList(from, Math.min(good.size(), from + CHUNK));
            try {
                // each chunk classified and running before the progress moves: "imported" means in the inbox
                IntakeReceipt receipt = intake.acceptAndStart(channelId, chunk.stream().map(Parsed::interaction)
                        .toList());
                imported += (int) receipt.created();
                duplicates += receipt.entries().size() - (int) receipt.created();
            } catch (InvalidInput refused) {
                // the rows were checked one by one already; this is what intake found on top (none expected)
                refused.problems().forEach((field, message) -> problems.add(rowProblem(chunk, field, message)));
            }
            done += chunk.size();
            progress.accept(new Progress(done, data.size()));
        }
        problems.sort(Comparator.comparingInt(RowProblem::row).thenComparing(RowProblem::field));
        return new Report(data.size(), imported, duplicates, List.copyOf(problems));
    }

    private record Parsed(int row, IncomingInteraction interaction) {
    }

    private static Parsed parse(CsvTable table, CsvTable.Row row, Map<String, Integer> columns,
            List<RowProblem> problems, Clock clock) {
        var unreadable = table.shapeProblem(row);
        if (unreadable.isPresent()) {
            problems.add(new RowProblem(row.number(), unreadable.get().column(), unreadable.get().message()));
            return null;
        }
        int before = problems.size();
        String kind = value(row, columns, "kind");
        String priority = value(row, columns, "priority");
        String occurredAt = value(row, columns, "occurredAt");
        IncomingInteraction interaction = new IncomingInteraction(value(row, columns, "externalId"),
                choice(row.number(), "kind", kind, InteractionKind.class, problems),
                value(row, columns, "authorHandle"), value(row, columns, "authorName"), value(row, columns, "text"),
                value(row, columns, "inReplyTo"), instant(row.number(), occurredAt, problems, clock),
                choice(row.number(), "priority", priority, InteractionPriority.class, problems));
        Map<String, String> found = new HashMap<>(interaction.problems(""));
        problems.stream().skip(before).forEach(problem -> found.remove(problem.field())); // ours is more precise
        found.forEach((field, message) -> problems.add(new RowProblem(row.number(), field, message)));
        return problems.size() == before ? new Parsed(row.number(), interaction) : null;
    }

    private static String value(CsvTable.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        String value = index == null ? null : row.fields().get(index);
        return value == null || value.isEmpty() ? null : value;
    }

    private static <E extends Enum<E>> E choice(int row, String field, String value, Class<E> type,
            List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new RowProblem(row, field, field + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static Instant instant(int row, String value, List<RowProblem> problems, Clock clock) {
        if (value == null) {
            return null;
        }
        Instant instant = OccurredAt.parse(value, clock);
        if (instant == null) {
            problems.add(new RowProblem(row, "occurredAt", "occurredAt must be " + OccurredAt.EXPECTED));
        }
        return instant;
    }

    private static RowProblem rowProblem(List<Parsed> chunk, String field, String message) {
        Matcher indexed = INTAKE_FIELD.matcher(field);
        if (indexed.matches() && Integer.parseInt(indexed.group(1)) < chunk.size()) {
            return new RowProblem(chunk.get(Integer.parseInt(indexed.group(1))).row(), indexed.group(2), message);
        }
        return new RowProblem(chunk.get(0).row(), field, message);
    }

    private static Map<String, Integer> header(CsvTable table) {
        CsvTable.Row header = table.header();
        Map<String, Integer> columns = table.columns();
        List<String> missing = table.missing(COLUMNS);
        if (header.problem() != null || !missing.isEmpty() || columns.size() != header.fields().size()) {
            throw new InvalidInput("file", "The first row must be the header " + String.join(",", COLUMNS)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing)));
        }
        return columns;
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

    private static boolean mayImport(EngineRoomUser user) {
        return IMPORTERS.stream().anyMatch(user::hasRole);
    }
}
