package io.engineroom.crisis;

import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.SEVERITY;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ContentCalendar;
import io.engineroom.crisis.domain.Incident;
import io.engineroom.crisis.domain.IncidentRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.InteractionDirectory;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.inbox.Sentiment;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.FreezeSummary;
import io.engineroom.workflow.SopVariable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident screens' reads: the incidents of my brands, and one incident's room (its SOP's state, the brand's
 * freeze and held posts, the interactions and how they sound, the holding statement). Open to the people an
 * incident involves — crisis leads, executives, legal, social and community managers, admins — and only for
 * their own brands.
 */
@Service
public class IncidentRooms {

    static final Set<Role> ROOM_ROLES = Set.of(Role.CRISIS_LEAD, Role.EXECUTIVE, Role.LEGAL, Role.SOCIAL_MANAGER,
            Role.COMMUNITY_MANAGER, Role.ADMIN);
    /** The sentiment chart's width: a day and a night of an incident is what a room looks back on. */
    static final int MAX_HOURS = 48;

    private final IncidentRepository incidents;
    private final IncidentService incidentService;
    private final IncidentProcessState process;
    private final HoldingStatements statements;
    private final InteractionDirectory interactions;
    private final FreezeService freezes;
    private final ContentCalendar calendar;
    private final BrandService brands;
    private final CurrentUser currentUser;

    IncidentRooms(IncidentRepository incidents, IncidentService incidentService, IncidentProcessState process,
            HoldingStatements statements, InteractionDirectory interactions, FreezeService freezes,
            ContentCalendar calendar, BrandService brands, CurrentUser currentUser) {
        this.incidents = incidents;
        this.incidentService = incidentService;
        this.process = process;
        this.statements = statements;
        this.interactions = interactions;
        this.freezes = freezes;
        this.calendar = calendar;
        this.brands = brands;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person may raise an incident by hand (in their brands). */
    public boolean mayRaise() {
        return currentUser.find().map(user -> IncidentService.MAY_RAISE.stream().anyMatch(user::hasRole))
                .orElse(false);
    }

    /** The incidents of my brands: open ones first, then the latest, newest first. */
    @Transactional(readOnly = true)
    public List<IncidentOverview> list() {
        EngineRoomUser user = requireRoomRole();
        if (user.brands().isEmpty()) {
            return List.of();
        }
        Map<String, String> brandNames = brandNames(user);
        Comparator<Incident> openFirst = Comparator.comparing((Incident incident) ->
                incident.getState() != Incident.State.OPEN);
        return Stream.concat(incidents.findByBrandIdInAndState(user.brands(), Incident.State.OPEN).stream(),
                        incidents.findTop100ByBrandIdInOrderByRaisedAtDescIdDesc(user.brands()).stream())
                .collect(Collectors.toMap(Incident::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values().stream()
                .sorted(openFirst.thenComparing(Incident::getRaisedAt, Comparator.reverseOrder())
                        .thenComparing(Incident::getId, Comparator.reverseOrder()))
                .map(incident -> overview(incident, incident.getSeverity(), brandNames))
                .toList();
    }

    /** The brand's latest interactions, newest first, for someone raising an incident for it. */
    @Transactional(readOnly = true)
    public List<InteractionSummary> attachable(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (IncidentService.MAY_RAISE.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Only community or social media managers and crisis leads raise incidents");
        }
        return interactions.recent(brandId);
    }

    /** One incident's room; {@link AccessDeniedException} (saying why) for anyone it is not open to. */
    @Transactional(readOnly = true)
    public IncidentRoom room(long incidentId) {
        EngineRoomUser user = requireRoomRole();
        Incident incident = incidents.findById(incidentId).filter(found -> user.belongsTo(found.getBrandId()))
                // the same answer for "no such incident" and "not your brand": other brands' ids are not confirmed
                .orElseThrow(() -> new AccessDeniedException("Not allowed: incident " + incidentId
                        + " is not one of your brands' incidents"));
        String brandId = incident.getBrandId();
        Optional<String> instance = process.instanceOf(incidentId, incident.getProcessInstanceId());
        Map<String, Object> variables = instance.map(id -> process.variables(id, SEVERITY, STATEMENT,
                LEGAL_APPROVED, EXECUTIVE_APPROVED, LEGAL_APPROVER, EXECUTIVE_APPROVER)).orElse(Map.of());
        // a room shows what it can: a variable of another type counts as not set
        Integer severity = incident.getSeverity() != null ? incident.getSeverity()
                : SEVERITY.fromIfTyped(variables).orElse(null);

        FreezeSummary freeze = freezes.current(brandId).orElse(null);
        List<CalendarItem> frozenPosts = freeze == null ? List.of()
                : calendar.notPublishedFrom(brandId, freeze.frozenAt());
        List<InteractionSummary> linked = interactions.of(brandId, incident.getInteractionIds());
        return new IncidentRoom(overview(incident, severity, brandNames(user)), incident.getDescription(),
                brands.settings(brandId).timeZone(),
                instance.map(process::waitingAt).orElse(List.of()),
                incidentService.timeline(incidentId), freeze, frozenPosts, linked, sentimentByHour(linked),
                statement(incidentId, instance, variables),
                instance.flatMap(process::nextStatusUpdateDue).orElse(null));
    }

    /**
     * The statement that went out (HoldingStatements), else the SOP's draft variable: being drafted while the crisis
     * lead's task is open, else waiting for sign-off with whoever has signed it off since.
     */
    private HoldingStatement statement(long incidentId, Optional<String> instance, Map<String, Object> variables) {
        Optional<PublishedStatement> published = statements.publishedFor(incidentId);
        if (published.isPresent()) {
            PublishedStatement sent = published.get();
            return new HoldingStatement(sent.text(), sent.publishedAt() == null ? HoldingStatement.Stage.GOING_OUT
                    : HoldingStatement.Stage.PUBLISHED, List.of(sent.legalApprover(), sent.executiveApprover()),
                    sent.channels());
        }
        String text = STATEMENT.fromIfTyped(variables).orElse(null);
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean drafting = instance.map(id -> process.waitsAt(id, IncidentProcessState.DRAFT_STATEMENT))
                .orElse(false);
        List<String> approvers = new ArrayList<>();
        for (Map.Entry<SopVariable<Boolean>, SopVariable<String>> side : List.of(
                Map.entry(LEGAL_APPROVED, LEGAL_APPROVER), Map.entry(EXECUTIVE_APPROVED, EXECUTIVE_APPROVER))) {
            String approver = side.getValue().fromIfTyped(variables).orElse(null);
            if (!drafting && side.getKey().fromIfTyped(variables).orElse(false) && approver != null) {
                approvers.add(approver);
            }
        }
        return new HoldingStatement(text, drafting ? HoldingStatement.Stage.DRAFTING
                : HoldingStatement.Stage.SIGN_OFF, approvers, List.of());
    }

    /** Counts per hour of the latest {@value #MAX_HOURS} hours that had any, with the quiet hours between. */
    static List<SentimentHour> sentimentByHour(List<InteractionSummary> linked) {
        Map<Instant, int[]> counts = new LinkedHashMap<>();
        linked.stream().map(InteractionSummary::occurredAt).map(at -> at.truncatedTo(ChronoUnit.HOURS)).sorted()
                .forEach(hour -> counts.putIfAbsent(hour, new int[3]));
        if (counts.isEmpty()) {
            return List.of();
        }
        for (InteractionSummary interaction : linked) {
            Sentiment sentiment = interaction.sentiment() == null ? Sentiment.NEUTRAL : interaction.sentiment();
            counts.get(interaction.occurredAt().truncatedTo(ChronoUnit.HOURS))[sentiment.ordinal()]++;
        }
        Instant last = counts.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        Instant first = counts.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        if (first.isBefore(last.minus(MAX_HOURS - 1, ChronoUnit.HOURS))) {
            first = last.minus(MAX_HOURS - 1, ChronoUnit.HOURS);
        }
        List<SentimentHour> hours = new ArrayList<>();
        for (Instant hour = first; !hour.isAfter(last); hour = hour.plus(1, ChronoUnit.HOURS)) {
            int[] count = counts.getOrDefault(hour, new int[3]);
            hours.add(new SentimentHour(hour, count[Sentiment.NEGATIVE.ordinal()], count[Sentiment.NEUTRAL.ordinal()],
                    count[Sentiment.POSITIVE.ordinal()]));
        }
        return hours;
    }

    private EngineRoomUser requireRoomRole() {
        EngineRoomUser user = currentUser.require();
        if (ROOM_ROLES.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Not allowed: incidents are for crisis leads, executives, legal, "
                    + "social media and community managers");
        }
        return user;
    }

    private Map<String, String> brandNames(EngineRoomUser user) {
        return brands.find(user.brands()).stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
    }

    private static IncidentOverview overview(Incident incident, Integer severity, Map<String, String> brandNames) {
        return new IncidentOverview(incident.getId(), incident.getBrandId(),
                brandNames.getOrDefault(incident.getBrandId(), incident.getBrandId()), incident.getTitle(),
                incident.getState().name(), severity, incident.getSource().name(), incident.getRaisedAt(),
                incident.getRaisedBy());
    }
}
