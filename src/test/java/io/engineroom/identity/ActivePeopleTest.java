package io.engineroom.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who an SOP's reminder reaches, asked in one query ({@link UserDirectory#activePeople}): the members of the
 * task's candidate groups and its candidate users, of the task's brand only (directly or through a group that
 * belongs to the brand), and never a deactivated person.
 */
@EngineRoomIntegrationTest
class ActivePeopleTest {

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    PersonRecords records;
    @Autowired
    IdentityService identityService;

    String brand;
    String queue;
    String otherBrandsQueue;
    String manager;
    String gone;

    @BeforeEach
    void aBrandWithItsQueueAManagerAndSomeoneDeactivated() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "people-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "People " + suffix, false));
        queue = TestUsers.ensure(users, brands, "cm-" + brand, Role.COMMUNITY_MANAGER, brand);
        otherBrandsQueue = TestUsers.ensure(users, brands, "cm-other-" + suffix, Role.COMMUNITY_MANAGER, "northwind");
        manager = TestUsers.ensure(users, brands, "sm-" + brand, Role.SOCIAL_MANAGER, brand);
        gone = TestUsers.ensure(users, brands, "cm-gone-" + brand, Role.COMMUNITY_MANAGER, brand);
        records.deactivate(gone, "admin", Instant.now());
    }

    @Test
    void aGroupsActiveMembersOfTheBrandAreTheOnesTold() {
        assertThat(users.activePeople(brand, Set.of(Role.COMMUNITY_MANAGER.groupId()), Set.of()))
                .containsExactly(queue);
    }

    @Test
    void candidateUsersCountOnlyWhenTheyBelongToTheBrandAndAreActive() {
        assertThat(users.activePeople(brand, Set.of(), Set.of(manager, otherBrandsQueue, gone, "nobody-" + brand)))
                .containsExactly(manager);
    }

    @Test
    void groupsAndUsersTogetherNameEachPersonOnceInOrder() {
        assertThat(users.activePeople(brand, Set.of(Role.COMMUNITY_MANAGER.groupId(),
                Role.SOCIAL_MANAGER.groupId()), Set.of(queue))).containsExactly(queue, manager);
    }

    @Test
    void aPersonBelongsToTheBrandThroughAGroupOfTheBrandToo() {
        String team = "team-" + brand;
        String viaTeam = TestUsers.ensure(users, brands, "cm-team-" + brand, Role.COMMUNITY_MANAGER);
        identityService.saveGroup(identityService.newGroup(team));
        identityService.createMembership(viaTeam, team);
        identityService.createTenantGroupMembership(brand, team);

        assertThat(users.activePeople(brand, Set.of(Role.COMMUNITY_MANAGER.groupId()), Set.of()))
                .containsExactly(queue, viaTeam).doesNotContain(otherBrandsQueue);
        assertThat(users.load(viaTeam).orElseThrow().belongsTo(brand))
                .as("the same rule as a signed-in person's brands").isTrue();
    }

    @Test
    void withoutABrandEveryActiveMemberCountsAndNoCandidatesMeansNobody() {
        assertThat(users.activePeople(null, Set.of(Role.COMMUNITY_MANAGER.groupId()), Set.of()))
                .contains(queue, otherBrandsQueue).doesNotContain(gone, manager);
        assertThat(users.activePeople(brand, Set.of(), Set.of())).isEmpty();
    }
}
