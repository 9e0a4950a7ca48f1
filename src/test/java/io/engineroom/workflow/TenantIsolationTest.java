package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.content.ContentService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A person sees the work of their own brands only: in the inbox, and through the Camunda REST API. */
@EngineRoomIntegrationTest
class TenantIsolationTest {

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();
    String northwindTask;
    String beanleafTask;

    @BeforeEach
    void workForBothBrands() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        northwindTask = briefTask(content.plan("northwind", "Northwind secret " + run));
        beanleafTask = briefTask(content.plan("beanleaf", "Bean & Leaf post " + run));
        TestUsers.ensure(users, brands, "manager-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
    }

    @Test
    void aBeanleafClientGetsNoWorkAtAllThroughTheApi() {
        // the task, instance and history API is closed to staff: they work through Engine Room's screens
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance",
                "/engine-rest/history/process-instance", "/engine-rest/task/" + northwindTask)) {
            assertThat(http.withBasicAuth("client-beanleaf", "demo").getForEntity(path, String.class)
                    .getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aBeanleafAuditorReadsOnlyBeanleafHistoryThroughTheApi() throws Exception {
        TestUsers.ensure(users, brands, "auditor-beanleaf", Role.AUDITOR, "beanleaf");

        // "null": brand-less system instances such as channel-health's morning check, which carry no brand's data
        assertThat(tenants(get("auditor-beanleaf", TestUsers.PASSWORD,
                "/engine-rest/history/process-instance?maxResults=1000")))
                .contains("beanleaf").isSubsetOf("beanleaf", "null");
        assertThat(tenants(get("auditor-beanleaf", TestUsers.PASSWORD,
                "/engine-rest/history/task?maxResults=1000"))).doesNotContain("northwind");
        assertThat(http.withBasicAuth("auditor-beanleaf", TestUsers.PASSWORD)
                .getForEntity("/engine-rest/history/task?taskId=" + northwindTask, String.class).getBody())
                .isEqualTo("[]");
    }

    @Test
    void aManagerOfOneBrandGetsNoTaskApiForAnyBrand() {
        var manager = http.withBasicAuth("manager-beanleaf", TestUsers.PASSWORD);

        assertThat(manager.getForEntity("/engine-rest/task?maxResults=1000", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.postForEntity("/engine-rest/task/" + northwindTask + "/claim", Map.of("userId",
                "manager-beanleaf"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.postForEntity("/engine-rest/task/" + beanleafTask + "/claim", Map.of("userId",
                "manager-beanleaf"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(northwindTask).singleResult().getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskId(beanleafTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void theInboxShowsOnlyTheBrandsOfThePerson() {
        try (var signedIn = SignedIn.as(users, "manager-beanleaf")) {
            List<InboxEntry> entries = allPages();
            assertThat(entries).extracting(InboxEntry::taskId).contains(beanleafTask).doesNotContain(northwindTask);
            assertThat(entries).extracting(InboxEntry::brandId).containsOnly("beanleaf");
        }
        try (var signedIn = SignedIn.as(users, "client-beanleaf")) {
            assertThat(allPages()).extracting(InboxEntry::brandId).doesNotContain("northwind");
        }
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThat(allPages()).extracting(InboxEntry::taskId).contains(beanleafTask, northwindTask);
        }
    }

    @Test
    void openingAnotherBrandsTaskIsRefused() {
        try (var signedIn = SignedIn.as(users, "manager-beanleaf")) {
            assertThatThrownBy(() -> inbox.open(northwindTask))
                    .isInstanceOf(TaskActionException.class);
            assertThatThrownBy(() -> inbox.claim(northwindTask))
                    .isInstanceOf(TaskActionException.class);
        }
        assertThat(taskService.createTaskQuery().taskId(northwindTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void nobodyStartsWorkForABrandTheyDoNotBelongTo() {
        try (var signedIn = SignedIn.as(users, "manager-beanleaf")) {
            assertThatThrownBy(() -> engineIdentity.asCurrentUser(() -> content.plan("northwind", "Sneaky post")))
                    .hasMessageContaining("does not belong to brand 'northwind'");
        }
    }

    @Autowired
    EngineIdentity engineIdentity;

    private List<InboxEntry> allPages() {
        List<InboxEntry> all = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            List<InboxEntry> page = inbox.page(InboxFilter.ALL, offset, 50);
            all.addAll(page);
            if (page.size() < 50) {
                return all;
            }
        }
    }

    private String briefTask(long contentItemId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + contentItemId).singleResult()
                .getId();
    }

    private JsonNode get(String user, String password, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, password).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> tenants(JsonNode list) {
        List<String> tenants = new ArrayList<>();
        list.forEach(item -> tenants.add(item.path("tenantId").asText()));
        return tenants;
    }

}
