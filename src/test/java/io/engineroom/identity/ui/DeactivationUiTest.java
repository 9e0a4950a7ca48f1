package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.engineroom.identity.PeopleTeam.ALPHA;
import static io.engineroom.identity.PeopleTeam.MANAGER_ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.engineroom.base.AdminChange;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.PeopleTeam;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Deactivating from the People screen: the person's sign-in is refused through the real login form, the task they
 * had claimed goes back to its group, and their brand's social manager gets a notice; reactivating lets them in
 * again.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class DeactivationUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TaskService taskService;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    UiSession session;
    String taskId;

    @BeforeEach
    void team() {
        PeopleTeam.ensure(users, brands);
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
        if (taskId != null) {
            taskService.complete(taskId); // history is never deleted: the test task is finished instead
        }
    }

    @Test
    void aDeactivatedPersonCannotSignInTheirTaskGoesBackToItsGroupAndTheManagerIsTold() throws Exception {
        String person = PeopleTeam.fresh(users, brands, "ppl-leaver", Role.COPYWRITER, ALPHA);
        FormLoginClient browser = new FormLoginClient(port).signIn(person, TestUsers.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        taskId = claimedTask(person);

        session = UiSession.signIn(context, users, MANAGER_ALPHA);
        UI.getCurrent().navigate(PeopleView.class);
        _click(PeopleGrid.button(person, "deactivate").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("person-deactivate-confirm")));

        assertThat(users.isActive(person)).isFalse();
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId)
                .contains("copywriter");
        HttpResponse<String> signedOut = browser.get("/");
        assertThat(signedOut.statusCode()).as("their open session ended").isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> refused = AccountLinkPages.signIn(port, person, TestUsers.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?error"));
        AdminChange change = events.stream(AdminChange.class).filter(c -> c.subject().equals(person)).findFirst()
                .orElseThrow();
        assertThat(change.action()).isEqualTo("deactivated");
        assertThat(change.after()).containsEntry("Active", "no").containsEntry("Tasks given back to their groups",
                "1");
        session.close();
        session = null;

        await().atMost(Duration.ofSeconds(15)).until(() -> !notices(person).isEmpty());
        NoticeSummary notice = notices(person).get(0);
        assertThat(notice.recipient()).isEqualTo(MANAGER_ALPHA);
        assertThat(notice.subject()).isEqualTo(person + " (test) (" + person + ") was deactivated");
        assertThat(notice.body()).contains("Write the launch caption (" + ALPHA + ")");
        assertThat(notice.kind()).isEqualTo(io.engineroom.notification.NoticeKind.PEOPLE);

        session = UiSession.signIn(context, users, MANAGER_ALPHA);
        UI.getCurrent().navigate(PeopleView.class);
        _click(PeopleGrid.button(person, "reactivate").orElseThrow());

        assertThat(users.isActive(person)).isTrue();
        new FormLoginClient(port).signIn(person, TestUsers.PASSWORD);
    }

    @Test
    void theLoginPageSaysTheAccountIsDeactivated() {
        session = UiSession.signIn(context, users, "admin");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new DisabledException("This account is deactivated. Ask an administrator if you need it again."));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        String texts = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("\"title\":\"Account deactivated\"").contains("This account is deactivated.");
    }

    /** A task of brand alpha for the copywriters, claimed by the person. */
    private String claimedTask(String person) {
        Task task = taskService.newTask();
        task.setName("Write the launch caption");
        task.setTenantId(ALPHA);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "copywriter");
        taskService.claim(task.getId(), person);
        return task.getId();
    }

    private List<NoticeSummary> notices(String person) {
        return notifications.about("person:" + person);
    }
}
