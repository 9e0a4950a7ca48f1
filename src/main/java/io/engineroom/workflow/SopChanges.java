package io.engineroom.workflow;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeActivation;
import io.engineroom.workflow.change.SopChangeTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SOP changes for the people who own or audit them: what was proposed, by whom, who reviewed it, when it took
 * effect; and the administrator's emergency activation. Administrators see every change; social media managers and
 * auditors the changes of their brands and the shared ones (a shared version is what their brands run unless they
 * have their own). The review itself is the change-review SOP's task.
 */
@Service
public class SopChanges {

    /** An emergency activation explains itself in at least this many characters. */
    public static final int MIN_REASON = 10;
    public static final int MAX_PAGE = 500;

    private final CurrentUser currentUser;
    private final SopChangeTable table;
    private final SopChangeActivation activation;
    private final RuntimeService runtimeService;
    private final EngineIdentity engine;

    SopChanges(CurrentUser currentUser, SopChangeTable table, SopChangeActivation activation,
            RuntimeService runtimeService, EngineIdentity engine) {
        this.currentUser = currentUser;
        this.table = table;
        this.activation = activation;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    /** The change if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<SopChange> find(long id) {
        EngineRoomUser me = reader();
        return table.find(id).filter(change -> sees(me, change));
    }

    /** The change a deployment made, if the caller may see it. */
    @Transactional(readOnly = true)
    public Optional<SopChange> forDeployment(String deploymentId) {
        EngineRoomUser me = reader();
        return table.findByDeployment(deploymentId).filter(change -> sees(me, change));
    }

    /** The changes the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<SopChange> list(int offset, int limit) {
        return search(SopChangeSearch.ANY, offset, limit);
    }

    /** The changes the search finds among those the caller may see, newest first, each with its models. */
    @Transactional(readOnly = true)
    public List<SopChange> search(SopChangeSearch search, int offset, int limit) {
        EngineRoomUser me = reader();
        check(search, offset, limit);
        return table.search(visibleBrands(me), search, offset, limit);
    }

    /** How many changes {@link #search} finds in all. */
    @Transactional(readOnly = true)
    public long count(SopChangeSearch search) {
        EngineRoomUser me = reader();
        check(search, 0, 1);
        return table.count(visibleBrands(me), search);
    }

    /**
     * The changes the search finds now, newest first, with their number of models: an export pins itself to them
     * when it begins and reads them with {@link #find(List)}, so changes proposed or decided meanwhile cannot shift
     * its pages (a change's row still shows how it stands when its page is read).
     */
    @Transactional(readOnly = true)
    public List<SopChangeSearch.Pinned> pin(SopChangeSearch search) {
        EngineRoomUser me = reader();
        check(search, 0, 1);
        return table.pin(visibleBrands(me), search);
    }

    /** The given changes the caller may see, in the given order (at most a page); the others are left out. */
    @Transactional(readOnly = true)
    public List<SopChange> find(List<Long> ids) {
        EngineRoomUser me = reader();
        if (ids.size() > MAX_PAGE) {
            throw new InvalidInput("page", "A page is 1 to " + MAX_PAGE + " changes");
        }
        return table.findAll(ids, visibleBrands(me));
    }

    /**
     * Activates a change at once, without (or against) its review: for an administrator who must, in an
     * emergency, and who writes why. Recorded as an emergency activation; the open review, if any, ends.
     *
     * @throws InvalidInput   when the reason is missing or too short, or the change is live already
     * @throws NotFound       when there is no such change
     * @throws AccessDeniedException when the caller is not an administrator
     */
    @Transactional
    public SopChange activateNow(long id, String reason) {
        EngineRoomUser me = currentUser.require();
        if (!me.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may activate an SOP change without its review");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new InvalidInput("reason", "Write why this change cannot wait for its review (at least "
                    + MIN_REASON + " characters)");
        }
        SopChange change = table.find(id).orElseThrow(() -> new NotFound("SOP change", "No SOP change " + id));
        if (change.status().live()) {
            throw new InvalidInput("change", "This change is live already (" + change.status().label() + ")");
        }
        engine.asSystem(() -> {
            activation.activateInEmergency(change, me.id(), why);
            if (change.reviewInstanceId() != null && runtimeService.createProcessInstanceQuery()
                    .processInstanceId(change.reviewInstanceId()).count() > 0) {
                runtimeService.createMessageCorrelation(ChangeIntake.ACTIVATED_AT_ONCE)
                        .processInstanceId(change.reviewInstanceId()).correlate();
            }
            return null;
        });
        return table.find(id).orElseThrow();
    }

    private static void check(SopChangeSearch search, int offset, int limit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (search.sharedOnly() && search.brandId() != null) {
            problems.put("brand", "Choose a brand or the shared versions, not both");
        }
        if (search.from() != null && search.to() != null && !search.to().isAfter(search.from())) {
            problems.put("to", "The end of the range must be after its start");
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            problems.put("page", "A page is 1 to " + MAX_PAGE + " changes from offset 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private EngineRoomUser reader() {
        EngineRoomUser me = currentUser.require();
        if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.SOCIAL_MANAGER) && !me.hasRole(Role.AUDITOR)) {
            throw new AccessDeniedException("SOP changes are read by SOP owners and auditors");
        }
        return me;
    }

    private static boolean sees(EngineRoomUser me, SopChange change) {
        return me.hasRole(Role.ADMIN) || change.shared() || me.belongsTo(change.brandId());
    }

    /** null: every brand (an administrator). */
    private static Set<String> visibleBrands(EngineRoomUser me) {
        return me.hasRole(Role.ADMIN) ? null : me.brands();
    }
}
