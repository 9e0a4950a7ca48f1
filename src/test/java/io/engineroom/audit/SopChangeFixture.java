package io.engineroom.audit;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.ReviewSopChange;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChanges;
import io.engineroom.workflow.SopTestModels;
import io.engineroom.workflow.change.ChangeIntake;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;

/**
 * SOP changes of a test-only SOP (its own key per fixture, so no real SOP and no other test is touched), made as
 * people make them: the first version live at once as the shared one; a Bean &amp; Leaf manager's own version that
 * another Bean &amp; Leaf manager rejects; a Northwind manager's own version still in review; and a Bean &amp; Leaf
 * version an administrator activates in an emergency.
 */
public final class SopChangeFixture {

    public static final String REJECT_COMMENT = "Drafts stay with legal, please";
    public static final String EMERGENCY_REASON = "The regulator's deadline is today: cannot wait for the review";
    /** The one element the brands' versions change against the shared first version. */
    public static final String DIFF_LINE =
            "changed userTask Draft (Draft): camunda:candidateGroups: legal → brand-reviewer";

    public final String key = "audit-sop-change-" + UUID.randomUUID().toString().substring(0, 8);
    public final String beanleafManager;
    public final String beanleafReviewer;
    public final String northwindManager;
    public final String beanleafAuditor;
    public SopChange shared;
    public SopChange rejected;
    public SopChange inReviewNorthwind;
    public SopChange emergency;

    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final EngineIdentity engineIdentity;
    private final TaskService taskService;
    private final SopChanges changes;
    private final UserDirectory users;

    private SopChangeFixture(ApplicationContext context) {
        repositoryService = context.getBean(RepositoryService.class);
        identityService = context.getBean(IdentityService.class);
        engineIdentity = context.getBean(EngineIdentity.class);
        taskService = context.getBean(TaskService.class);
        changes = context.getBean(SopChanges.class);
        users = context.getBean(UserDirectory.class);
        BrandService brands = context.getBean(BrandService.class);
        try (var admin = SignedIn.as(users, "admin")) {
            beanleafManager = TestUsers.ensure(users, brands, "sop-history-manager-beanleaf", Role.SOCIAL_MANAGER,
                    "beanleaf");
            beanleafReviewer = TestUsers.ensure(users, brands, "sop-history-reviewer-beanleaf", Role.SOCIAL_MANAGER,
                    "beanleaf");
            northwindManager = TestUsers.ensure(users, brands, "sop-history-manager-northwind", Role.SOCIAL_MANAGER,
                    "northwind");
            beanleafAuditor = TestUsers.ensure(users, brands, "sop-history-auditor-beanleaf", Role.AUDITOR,
                    "beanleaf");
        }
    }

    /** A fresh set of changes, in the order they were made (so newest first is the reverse). */
    public static SopChangeFixture make(ApplicationContext context) {
        SopChangeFixture f = new SopChangeFixture(context);
        String first = SopTestModels.model(f.key, false, "legal");
        String changed = SopTestModels.model(f.key, false, "brand-reviewer");
        f.shared = f.change(ChangeIntake.atOnce(() -> f.deploy(null, null, first)));
        f.rejected = f.change(f.deploy(f.beanleafManager, "beanleaf", changed));
        f.review(f.rejected, f.beanleafReviewer, "beanleaf", Map.of("reviewDecision", "reject",
                "reviewComment", REJECT_COMMENT));
        f.rejected = f.change(f.rejected.deploymentId());
        f.inReviewNorthwind = f.change(f.deploy(f.northwindManager, "northwind", changed));
        f.emergency = f.change(f.deploy(f.beanleafManager, "beanleaf", changed));
        try (var admin = SignedIn.as(f.users, "admin")) {
            f.emergency = f.changes.activateNow(f.emergency.id(), EMERGENCY_REASON);
        }
        return f;
    }

    /** Deploys the model with its form as {@code userId} (null: nobody signed in) for {@code brand} (null: shared). */
    public String deploy(String userId, String brand, String xml) {
        var builder = repositoryService.createDeployment().name("sop-change-history-test").tenantId(brand)
                .addString(key + ".bpmn", xml)
                .addInputStream(SopTestModels.FORM_FILE, new ByteArrayInputStream(SopTestModels.form()));
        if (userId == null) {
            return builder.deploy().getId();
        }
        identityService.setAuthentication(userId, List.of(Role.SOCIAL_MANAGER.groupId()),
                brand == null ? List.of() : List.of(brand));
        try {
            return builder.deploy().getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void review(SopChange change, String reviewer, String brand, Map<String, Object> decision) {
        ReviewSopChange.decide(taskService, engineIdentity, users, change, reviewer, decision);
    }

    /** The change as an administrator sees it now. */
    public SopChange change(String deploymentId) {
        try (var admin = SignedIn.as(users, "admin")) {
            return changes.forDeployment(deploymentId).orElseThrow();
        }
    }

    public List<Long> ids() {
        return new ArrayList<>(List.of(shared.id(), rejected.id(), inReviewNorthwind.id(), emergency.id()));
    }
}
