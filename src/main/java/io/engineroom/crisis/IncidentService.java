package io.engineroom.crisis;


import io.engineroom.workflow.LiveSops;
import io.engineroom.base.InvalidInput;
import io.engineroom.crisis.domain.Incident;
import io.engineroom.crisis.domain.IncidentRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.CrisisSignal;
import io.engineroom.inbox.InteractionDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises incidents: by hand, or from a crisis signal (a negative spike, an interaction someone escalated). A brand
 * has at most one open incident; a second raise or signal joins it (its interactions attached, its reason on the
 * timeline) instead of opening another.
 */
@Service
public class IncidentService {

    /** The crisis SOP: processes/crisis-communication.bpmn. */
    public static final String SOP_KEY = "crisis";

    static final Set<Role> MAY_RAISE = Set.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER, Role.CRISIS_LEAD,
            Role.ADMIN);

    private final IncidentRepository incidents;
    private final InteractionDirectory interactions;
    private final CurrentUser currentUser;
    private final IncidentTimeline timeline;
    private final IncidentReaders readers;
    private final RuntimeService runtimeService;
    private final LiveSops liveSops;
    private final EngineIdentity engineIdentity;
    private final CrisisSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IncidentService(IncidentRepository incidents, InteractionDirectory interactions, CurrentUser currentUser,
            IncidentTimeline timeline, IncidentReaders readers, RuntimeService runtimeService, EngineIdentity engineIdentity,
            CrisisSettings settings, Clock clock, LiveSops liveSops, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.events = events;
        this.interactions = interactions;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.readers = readers;
        this.runtimeService = runtimeService;
        this.liveSops = liveSops;
        this.engineIdentity = engineIdentity;
        this.settings = settings;
        this.clock = clock;
    }

    /** By hand: community and social media managers, crisis leads (and admins) who belong to the brand. */
    @Transactional
    public IncidentSummary raise(RaiseIncident request) {
        EngineRoomUser user = currentUser.require();
        if (MAY_RAISE.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Only community or social media managers and crisis leads raise incidents");
        }
        if (request.brandId() == null || !user.belongsTo(request.brandId())) {
            throw new AccessDeniedException("Not a member of brand '" + request.brandId() + "'");
        }
        check(request);
        return open(request.brandId(), request.title().strip(), request.description().strip(),
                Incident.Source.MANUAL, new LinkedHashSet<>(request.interactionIds()), user.id());
    }

    /**
     * From the inbox, once the signal's own step has committed, in a transaction of its own: the interaction step
     * does not wait for the crisis SOP, nor fails with it. The event publication registry keeps the signal until
     * this has run, so a failure here (the SOP not starting) leaves it on record to be sent again, not lost.
     */
    @ApplicationModuleListener
    public void onSignal(CrisisSignal signal) {
        boolean spike = signal.raisedBy() == null;
        String title = spike ? "Negative spike" : "Raised from the inbox";
        open(signal.brandId(), title, signal.reason() == null ? title : signal.reason(),
                spike ? Incident.Source.SPIKE : Incident.Source.MANUAL, new LinkedHashSet<>(signal.interactionIds()),
                signal.raisedBy());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long incidentId) {
        readers.requireReadable(incidentId);
        return timeline.entries(incidentId);
    }

    private IncidentSummary open(String brandId, String title, String description, Incident.Source source,
            Set<String> interactionIds, String who) {
        Map<String, String> brands = interactions.brandsOf(interactionIds);
        Map<String, String> problems = new LinkedHashMap<>();
        for (String id : interactionIds) {
            if (!brandId.equals(brands.get(id))) {
                problems.put("interactionIds", "Interaction " + id + " is not one of brand '" + brandId + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        Incident existing = incidents.findByBrandIdAndState(brandId, Incident.State.OPEN).orElse(null);
        boolean joined = existing != null;
        Incident incident = joined ? existing
                : incidents.saveAndFlush(new Incident(brandId, title, description, source, who, now));
        Set<String> added = incident.attach(interactionIds);
        timeline.record(incident.getId(), now, who, (joined ? "Joined: " : "Raised: ") + title + " — " + description
                + (added.isEmpty() ? "" : " (" + added.size() + " interaction" + (added.size() == 1 ? "" : "s")
                        + " attached)"));
        incidents.flush();
        if (!joined) {
            incident.managedBy(startSop(incident));
            events.publishEvent(IncidentEvent.raised(brandId, incident.getId(), incident.getTitle(), now));
        }
        return summary(incident, joined);
    }

    /** Runs as Engine Room itself: whoever raised it need not be someone who may start SOPs of the brand. */
    private String startSop(Incident incident) {
        VariableMap variables = CrisisCommunicationVariables.start(incident.getId(), incident.getBrandId(),
                incident.getTitle(), incident.getDescription(), settings.acknowledgeWithin().toString());
        return engineIdentity.asSystem(() -> liveSops.start(SOP_KEY, incident.getBrandId(),
                "incident:" + incident.getId(), variables).getId());
    }

    private static void check(RaiseIncident request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.title() == null || request.title().strip().length() < 3 || request.title().length() > 200) {
            problems.put("title", "A title of 3 to 200 characters is required");
        }
        if (request.description() == null || request.description().isBlank() || request.description().length() > 4000) {
            problems.put("description", "Say what is happening (at most 4000 characters)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    static IncidentSummary summary(Incident incident, boolean joined) {
        return new IncidentSummary(incident.getId(), incident.getBrandId(), incident.getTitle(),
                incident.getState().name(), incident.getSeverity(), incident.getSource().name(),
                incident.getRaisedAt(), incident.getInteractionIds(), joined);
    }
}
