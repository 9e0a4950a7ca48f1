package io.engineroom.crisis;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.crisis.domain.CrisisStatement;
import io.engineroom.crisis.domain.CrisisStatementChannel;
import io.engineroom.crisis.domain.CrisisStatementChannel.Outcome;
import io.engineroom.crisis.domain.CrisisStatementChannelRepository;
import io.engineroom.crisis.domain.CrisisStatementRepository;
import io.engineroom.crisis.domain.HoldingStatementTemplate;
import io.engineroom.crisis.domain.HoldingStatementTemplateRepository;
import io.engineroom.crisis.domain.Incident;
import io.engineroom.crisis.domain.IncidentRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding statements: the first-response templates per crisis scenario (edited by social media managers), the
 * draft a crisis lead starts from, and the approved statement published to every channel of the brand, at most
 * once per channel, during the freeze the crisis caused.
 * <p>
 * Placeholders: {@code {brand}} (the brand's name), {@code {issue}} (the incident's title), {@code {next_update}}
 * (when the next update is due, in the brand's time zone) and the optional {@code {contact}} (a support contact):
 * a line whose {@code {contact}} has no value is left out, so a template reads well with or without it.
 */
@Service
public class HoldingStatements {

    public static final List<String> SCENARIOS = List.of("outage", "product-safety", "data-breach",
            "offensive-post", "executive-misconduct");
    public static final String FALLBACK_SCENARIO = "outage";
    public static final List<String> PLACEHOLDERS = List.of("brand", "issue", "next_update", "contact");
    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 2000;

    static final Set<Role> MAY_READ = Set.of(Role.SOCIAL_MANAGER, Role.CRISIS_LEAD, Role.LEGAL, Role.EXECUTIVE,
            Role.ADMIN);
    static final Set<Role> MAY_EDIT = Set.of(Role.SOCIAL_MANAGER, Role.ADMIN);
    private static final Set<String> OPTIONAL = Set.of("contact");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{([^{}\\n]*)}");
    private static final DateTimeFormatter NEXT_UPDATE = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

    private final HoldingStatementTemplateRepository templates;
    private final IncidentRepository incidents;
    private final CrisisStatementRepository statements;
    private final CrisisStatementChannelRepository statementChannels;
    private final StatementLog log;
    private final BrandService brands;
    private final ChannelService channels;
    private final PublishingService publishing;
    private final IncidentTimeline timeline;
    private final CurrentUser currentUser;
    private final IncidentReaders readers;
    private final Clock clock;

    HoldingStatements(HoldingStatementTemplateRepository templates, IncidentRepository incidents,
            CrisisStatementRepository statements, CrisisStatementChannelRepository statementChannels,
            StatementLog log, BrandService brands, ChannelService channels, PublishingService publishing,
            IncidentTimeline timeline, IncidentReaders readers, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.incidents = incidents;
        this.statements = statements;
        this.statementChannels = statementChannels;
        this.log = log;
        this.brands = brands;
        this.channels = channels;
        this.publishing = publishing;
        this.timeline = timeline;
        this.readers = readers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every scenario's template, for the people who draft, approve or edit statements. */
    @Transactional(readOnly = true)
    public List<StatementTemplate> templates() {
        requireRole(MAY_READ, "read holding statement templates");
        return templates.findAllByOrderByScenario().stream().map(HoldingStatements::summary).toList();
    }

    @Transactional(readOnly = true)
    public StatementTemplate template(String scenario) {
        requireRole(MAY_READ, "read holding statement templates");
        return summary(find(scenario));
    }

    /** Social media managers (and admins) edit a scenario's title and text; who and when is kept. */
    @Transactional
    public StatementTemplate update(String scenario, String title, String body) {
        EngineRoomUser user = requireRole(MAY_EDIT, "edit holding statement templates");
        HoldingStatementTemplate template = find(scenario);
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
            problems.put("title", "A title of 1 to " + MAX_TITLE + " characters is required");
        }
        if (body == null || body.isBlank() || body.strip().length() > MAX_BODY) {
            problems.put("body", "A text of 1 to " + MAX_BODY + " characters is required");
        } else {
            unknownPlaceholder(body).ifPresent(unknown -> problems.put("body", "Unknown placeholder {" + unknown
                    + "}; use " + PLACEHOLDERS.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // as the database keeps it (microseconds), so what this returns is what is read back later
        template.edit(title.strip(), body.replace("\r\n", "\n").strip(), user.id(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        templates.flush();
        return summary(template);
    }

    /**
     * The scenario's template with its placeholders filled: {@code values} by placeholder name without braces. A
     * required placeholder without a value stays as it is, for the person drafting to see and fill.
     */
    @Transactional(readOnly = true)
    public String render(String scenario, Map<String, String> values) {
        return fill(find(scenario).getBody(), values);
    }

    /**
     * The first draft of an incident's holding statement (for the SOP's draft step): the scenario's template (an
     * unknown or missing scenario falls back to {@value #FALLBACK_SCENARIO}) with the brand's name, the incident's
     * title and the next update's time, which is {@code untilNextUpdate} from now rounded up to five minutes.
     *
     * @param contact a support contact, or null to leave its line out
     */
    @Transactional(readOnly = true)
    public String draft(long incidentId, String scenario, Duration untilNextUpdate, String contact) {
        Incident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new NotFound("incidentId", "No incident " + incidentId));
        String brandName = brands.find(incident.getBrandId()).map(BrandSummary::name).orElse(incident.getBrandId());
        ZoneId zone = brands.settings(incident.getBrandId()).timeZone();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("brand", brandName);
        values.put("issue", incident.getTitle());
        values.put("next_update", NEXT_UPDATE.format(roundUpToFiveMinutes(clock.instant().plus(untilNextUpdate))
                .atZone(zone)));
        if (contact != null && !contact.isBlank()) {
            values.put("contact", contact.strip());
        }
        return render(scenario != null && SCENARIOS.contains(scenario) ? scenario : FALLBACK_SCENARIO, values);
    }

    /**
     * Publishes the approved statement to every channel of the incident's brand through its connector, also while
     * the brand's publishing is frozen. Each channel is recorded before it is called; a repeated call (a retried
     * job) posts nothing to a channel that has it or may have it, and tries again only where the earlier try
     * certainly failed. The statement for an incident is one text: a different one is refused.
     * Called by the SOP's publish step (the approvals are its variables), not by people.
     */
    public PublishedStatement publish(long incidentId, String brandId, String text, String draftedBy,
            String legalApprover, String executiveApprover) {
        Map<String, String> problems = new LinkedHashMap<>();
        Incident incident = incidents.findById(incidentId).orElse(null);
        if (incident == null || !incident.getBrandId().equals(brandId)) {
            problems.put("incidentId", "No incident " + incidentId + " of brand '" + brandId + "'");
        }
        if (text == null || text.isBlank()) {
            problems.put("statement", "There is no statement to publish");
        }
        if (legalApprover == null || legalApprover.isBlank()) {
            problems.put("legalApprover", "The statement has no legal approval");
        }
        if (executiveApprover == null || executiveApprover.isBlank()) {
            problems.put("executiveApprover", "The statement has no executive approval");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CrisisStatement statement = log.statement(incidentId, brandId, text.strip(), draftedBy, legalApprover,
                executiveApprover);
        List<String> sent = new ArrayList<>();
        boolean postedSomewhere = false;
        for (ChannelSummary channel : channels.enabledOf(brandId)) {
            String key = "incident:" + incidentId + ":statement:channel:" + channel.id();
            StatementLog.Start start = log.start(statement.getId(), channel.id(), channel.label(), key);
            CrisisStatementChannel row = start.earlier() != null ? start.earlier()
                    : send(start.rowId(), channel, statement.getText(), key);
            postedSomewhere |= row.getOutcome() == Outcome.PUBLISHED;
            if (start.earlier() == null) {
                sent.add(channel.label() + ": " + describe(row));
            }
        }
        if (postedSomewhere && statement.getPublishedAt() == null) {
            log.published(statement.getId());
        }
        if (!sent.isEmpty()) {
            timeline.record(incidentId, null, "Holding statement published (drafted by " + nobodyIfNull(draftedBy)
                    + ", approved by " + legalApprover + " for legal and " + executiveApprover + " as executive): "
                    + String.join("; ", sent));
        }
        return published(statements.findById(statement.getId()).orElseThrow());
    }

    /** The statement published for an incident, for members of its brand (and admins). */
    @Transactional(readOnly = true)
    public Optional<PublishedStatement> publishedFor(long incidentId) {
        readers.requireReadable(incidentId);
        return statements.findByIncidentId(incidentId).map(this::published);
    }

    private CrisisStatementChannel send(long rowId, ChannelSummary channel, String text, String key) {
        List<String> misfit = channel.platform().problems(text);
        if (!misfit.isEmpty()) {
            return log.finish(rowId, Outcome.FAILED, null, null, String.join("; ", misfit));
        }
        PublishOutcome outcome;
        try {
            outcome = publishing.announce(channel.id(), text, key);
        } catch (InvalidInput refused) {
            outcome = new PublishOutcome.Failed(refused.getMessage());
        } catch (RuntimeException e) {
            outcome = new PublishOutcome.Unknown("Error while posting: " + e);
        }
        if (outcome instanceof PublishOutcome.Published posted) {
            return log.finish(rowId, Outcome.PUBLISHED, posted.remoteId(), posted.postUrl(), null);
        }
        if (outcome instanceof PublishOutcome.Failed failed) {
            return log.finish(rowId, Outcome.FAILED, null, null, failed.reason());
        }
        if (outcome instanceof PublishOutcome.NeedsPerson byHand) {
            return log.finish(rowId, Outcome.NEEDS_PERSON, null, null, byHand.instruction());
        }
        return log.finish(rowId, Outcome.UNKNOWN, null, null, ((PublishOutcome.Unknown) outcome).reason());
    }

    private static String describe(CrisisStatementChannel row) {
        return switch (row.getOutcome()) {
            case PUBLISHED -> "posted" + (row.getPostUrl() == null ? "" : " " + row.getPostUrl());
            case NEEDS_PERSON -> "to post by hand";
            case FAILED -> "failed (" + row.getError() + ")";
            case UNKNOWN -> "outcome unknown, check the channel (" + row.getError() + ")";
        };
    }

    private static String nobodyIfNull(String who) {
        return who == null ? "(unknown)" : who;
    }

    private PublishedStatement published(CrisisStatement statement) {
        return new PublishedStatement(statement.getIncidentId(), statement.getBrandId(), statement.getText(),
                statement.getDraftedBy(), statement.getLegalApprover(), statement.getExecutiveApprover(),
                statement.getPublishedAt(), statementChannels.findByStatementIdOrderByChannelLabel(statement.getId())
                        .stream().map(row -> new PublishedStatement.OnChannel(row.getChannelId(),
                                row.getChannelLabel(), row.getOutcome() == null ? null : row.getOutcome().name(),
                                row.getPostUrl(), row.getError(), row.getFinishedAt())).toList());
    }

    /** Fills known placeholders in one pass (a value that looks like a placeholder stays as it is). */
    static String fill(String body, Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            boolean missingOptional = OPTIONAL.stream().anyMatch(name -> line.contains("{" + name + "}")
                    && (values.get(name) == null || values.get(name).isBlank()));
            if (missingOptional) {
                continue;
            }
            Matcher placeholder = ANY_PLACEHOLDER.matcher(line);
            StringBuilder filled = new StringBuilder();
            while (placeholder.find()) {
                String value = PLACEHOLDERS.contains(placeholder.group(1)) ? values.get(placeholder.group(1)) : null;
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? placeholder.group()
                        : value));
            }
            placeholder.appendTail(filled);
            lines.add(filled.toString());
        }
        return String.join("\n", lines).strip();
    }

    static Optional<String> unknownPlaceholder(String body) {
        Matcher placeholder = ANY_PLACEHOLDER.matcher(body);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                return Optional.of(placeholder.group(1));
            }
        }
        return Optional.empty();
    }

    private static Instant roundUpToFiveMinutes(Instant at) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        long minutes = minute.getEpochSecond() / 60;
        long up = (5 - minutes % 5) % 5;
        return minute.equals(at) && up == 0 ? at : minute.plus(Duration.ofMinutes(up == 0 ? 5 : up));
    }

    private HoldingStatementTemplate find(String scenario) {
        return templates.findById(scenario == null ? "" : scenario).orElseThrow(() -> new InvalidInput("scenario",
                "No scenario '" + scenario + "'; use one of " + String.join(", ", SCENARIOS)));
    }

    private EngineRoomUser requireRole(Set<Role> roles, String what) {
        EngineRoomUser user = currentUser.require();
        if (roles.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Your roles may not " + what);
        }
        return user;
    }

    private static StatementTemplate summary(HoldingStatementTemplate template) {
        return new StatementTemplate(template.getScenario(), template.getTitle(), template.getBody(),
                template.getUpdatedBy(), template.getUpdatedAt());
    }
}
