package io.engineroom.listening;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.identity.EngineRoomUser;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a brand tracks in public conversation (keywords, hashtags, competitor accounts) and on which Mastodon
 * server: the server of the brand's own Mastodon channel unless another one is set here. Changed by the brand's
 * social media managers and analysts (and admins), each change an {@link AdminChange}; a server someone types is
 * checked like every user-entered address (no loopback or private ranges), when it is saved and again before each
 * read.
 */
@Service
public class TrackedTerms {

    /** Terms per brand: each hashtag and account is a request per poll. */
    public static final int MAX_TERMS = 50;
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9_]{1,64}(@[a-z0-9.-]{1,190}\\.[a-z]{2,})?");

    private final JdbcTemplate jdbc;
    private final ListeningAccess access;
    private final ChannelService channels;
    private final OutboundAddresses addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrackedTerms(JdbcTemplate jdbc, ListeningAccess access, ChannelService channels, OutboundAddresses addresses,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.channels = channels;
        this.addresses = addresses;
        this.events = events;
        this.clock = clock;
    }

    /** The brand's tracked terms, own first, then by competitor, kind and term. */
    @Transactional(readOnly = true)
    public List<TrackedTerm> of(String brandId) {
        access.checkRead(brandId);
        return termsOf(brandId);
    }

    /** Adds one term; a refusal names its field ({@code kind}, {@code term}, {@code competitor}). */
    @Transactional
    public TrackedTerm add(String brandId, TermKind kind, String term, String competitor) {
        EngineRoomUser user = access.requireEdit(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        String normalised = normalise(kind, term, problems);
        String rival = competitor == null || competitor.isBlank() ? null : competitor.strip();
        if (rival != null && rival.length() > 100) {
            problems.put("competitor", "A competitor's name is at most 100 characters");
        }
        if (kind == TermKind.ACCOUNT && rival == null) {
            problems.put("competitor", "Name the competitor whose account this is");
        }
        if (problems.isEmpty() && termsOf(brandId).stream()
                .anyMatch(known -> known.kind() == kind && known.term().equals(normalised))) {
            problems.put("term", "Already tracked");
        }
        if (problems.isEmpty() && termsOf(brandId).size() >= MAX_TERMS) {
            problems.put("term", "A brand tracks at most " + MAX_TERMS + " terms: remove one first");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into listening_term (brand_id, kind, term, competitor,"
                    + " created_by, created_at) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, brandId);
            insert.setString(2, kind.name());
            insert.setString(3, normalised);
            insert.setString(4, rival);
            insert.setString(5, user.id());
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        TrackedTerm added = new TrackedTerm(id, brandId, kind, normalised, rival);
        events.publishEvent(new AdminChange("policy", "Listening", brandId, "tracked term added", user.id(),
                clock.instant(), Map.of(), shown(added)));
        return added;
    }

    /** Stops tracking a term; the mentions it found stay (they name the term they matched). */
    @Transactional
    public void remove(String brandId, long termId) {
        EngineRoomUser user = access.requireEdit(brandId);
        TrackedTerm term = termsOf(brandId).stream().filter(known -> known.id() == termId).findFirst()
                .orElseThrow(() -> new InvalidInput("term", "Not a term of brand '" + brandId + "'"));
        jdbc.update("delete from listening_term where id = ? and brand_id = ?", termId, brandId);
        events.publishEvent(new AdminChange("policy", "Listening", brandId, "tracked term removed", user.id(),
                clock.instant(), shown(term), Map.of()));
    }

    /** The Mastodon server set for the brand's listening, if one is (else its own channel's server is used). */
    @Transactional(readOnly = true)
    public Optional<String> configuredServer(String brandId) {
        access.checkRead(brandId);
        return jdbc.queryForList("select mastodon_url from listening_setting where brand_id = ?", String.class, brandId)
                .stream().filter(url -> url != null).findFirst();
    }

    /** Sets (or, blank, clears) the brand's Mastodon server; refused by field {@code mastodonUrl}. */
    @Transactional
    public Optional<String> setServer(String brandId, String url) {
        EngineRoomUser user = access.requireEdit(brandId);
        String cleaned = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        if (cleaned != null) {
            serverProblem(addresses, cleaned).ifPresent(problem -> {
                throw new InvalidInput("mastodonUrl", problem);
            });
        }
        String before = jdbc.queryForList("select mastodon_url from listening_setting where brand_id = ?",
                String.class, brandId).stream().filter(known -> known != null).findFirst().orElse("");
        if (jdbc.update("update listening_setting set mastodon_url = ? where brand_id = ?", cleaned, brandId) == 0) {
            jdbc.update("insert into listening_setting (brand_id, mastodon_url) values (?, ?)", brandId, cleaned);
        }
        events.publishEvent(new AdminChange("policy", "Listening", brandId, "Mastodon server changed", user.id(),
                clock.instant(), Map.of("Mastodon server", before),
                Map.of("Mastodon server", cleaned == null ? "" : cleaned)));
        return Optional.ofNullable(cleaned);
    }

    /** Why this address cannot be a listening server, or empty: an http(s) server address the outbound check passes. */
    static Optional<String> serverProblem(OutboundAddresses addresses, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException unreadable) {
            return Optional.of("Not an address: " + unreadable.getReason());
        }
        if (url.length() > 500 || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            return Optional.of("The server's address, like https://mastodon.social");
        }
        return addresses.refusal(uri);
    }

    /** The terms, without an access check: for the poller. */
    List<TrackedTerm> termsOf(String brandId) {
        return jdbc.query("select id, brand_id, kind, term, competitor from listening_term where brand_id = ?"
                + " order by case when competitor is null then 0 else 1 end, competitor, kind, term",
                (row, i) -> new TrackedTerm(row.getLong(1), row.getString(2), TermKind.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5)), brandId);
    }

    /** Where the brand listens on Mastodon, without an access check: set here, else its Mastodon channel's server. */
    Optional<String> serverOf(String brandId) {
        Optional<String> configured = jdbc.queryForList("select mastodon_url from listening_setting where brand_id = ?",
                String.class, brandId).stream().filter(url -> url != null).findFirst();
        if (configured.isPresent()) {
            return configured;
        }
        return channels.enabledOf(brandId).stream().filter(channel -> channel.connector() == Connector.MASTODON)
                .map(ChannelSummary::id).map(channels::connection).flatMap(Optional::stream)
                .map(ChannelConnection::baseUrl).filter(url -> url != null && !url.isBlank()).findFirst();
    }

    static String normalise(TermKind kind, String term, Map<String, String> problems) {
        if (kind == null) {
            problems.put("kind", "Choose what to track");
            return null;
        }
        String text = term == null ? "" : term.strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case HASHTAG -> {
                text = text.startsWith("#") ? text.substring(1) : text;
                if (!HASHTAG.matcher(text).matches()) {
                    problems.put("term", "A hashtag is letters, digits and _ (the # is optional)");
                }
            }
            case ACCOUNT -> {
                text = text.startsWith("@") ? text.substring(1) : text;
                if (!ACCOUNT.matcher(text).matches()) {
                    problems.put("term", "An account is user@server, like rival@mastodon.social");
                }
            }
            case KEYWORD -> {
                text = text.replaceAll("\\s+", " ");
                if (text.length() < 3 || text.length() > 100) {
                    problems.put("term", "A keyword is 3 to 100 characters");
                }
            }
        }
        return text;
    }

    private static Map<String, String> shown(TrackedTerm term) {
        return Map.of("Kind", term.kind().label(), "Term", term.shown(),
                "For", term.own() ? "the brand itself" : term.competitor());
    }
}
