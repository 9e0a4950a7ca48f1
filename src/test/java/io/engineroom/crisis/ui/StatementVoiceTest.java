package io.engineroom.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.EmojiPolicy;
import io.engineroom.brand.VoiceGuideForm;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskSubmitCheck;
import io.engineroom.workflow.forms.FormSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The brand's voice on the crisis SOP's "Draft the holding statement": the guide in the draft step's panel, the
 * check on the statement field only in that step, and an override recorded as a holding statement's.
 */
@EngineRoomIntegrationTest
class StatementVoiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    VoiceGuides guides;
    @Autowired
    DraftStatementPanel draftPanel;
    @Autowired
    StatementVoiceCheck check;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String lead;
    UiSession session;

    @BeforeEach
    void aBrandWithAGuideAndItsCrisisLead() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "stmtvoice-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Statement Voice " + suffix, false));
        AsAdmin.run(() -> guides.save(brand, new VoiceGuideForm("Calm and factual", "", "no comment", "", "",
                EmojiPolicy.NONE, null, "")));
        lead = TestUsers.ensure(users, brands, "stmtvoice-lead-" + suffix, Role.CRISIS_LEAD, brand);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theDraftStepShowsTheGuide() {
        session = UiSession.signIn(context, users, lead);
        UI.getCurrent().add(draftPanel.panelFor(task("DraftStatement")).orElseThrow());

        assertThat(_get(Div.class, spec -> spec.withId("voice-avoid")).getElement().getTextRecursively())
                .isEqualTo("Words to avoid: no comment");
    }

    @Test
    void theStatementIsFlaggedAtItsFieldAndAnOverrideNeedsAReasonAndIsRecorded() {
        Map<String, Object> submitted = Map.of(STATEMENT.name(), "No comment at this time \uD83D\uDE10");
        try (SignedIn signedIn = SignedIn.as(users, lead)) {
            assertThat(check.check(task("DraftStatement"), submitted)).extracting(TaskSubmitCheck.Finding::field)
                    .containsExactly("statement", "statement");
            assertThat(check.check(task("LegalSignOff"), submitted)).as("not a writing step").isEmpty();

            assertThatThrownBy(() -> check.overridden(task("DraftStatement"), submitted, ""))
                    .isInstanceOf(InvalidInput.class);
            check.overridden(task("DraftStatement"), submitted, "Legal asked for exactly these words");
        }
        assertThat(jdbc.queryForList("select * from voice_override where brand_id = ?", brand))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("writing")).isEqualTo("holding statement");
                    assertThat(row.get("record_ref")).isEqualTo("incident:1");
                    assertThat(row.get("actor")).isEqualTo(lead);
                    assertThat(row.get("reason")).isEqualTo("Legal asked for exactly these words");
                });
    }

    private TaskDetails task(String taskKey) {
        return new TaskDetails(new InboxEntry("t-1", "Draft the holding statement", "Incident: test", brand,
                DraftStatementPanel.SOP_KEY, "Crisis", Instant.now(), null, 90, lead, "incident:1"), taskKey, true,
                false, FormSchema.EMPTY, Map.of(), List.of());
    }
}
