package io.engineroom.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every role exists as a Camunda group with the engine permissions the role needs, on every start
 * and in every profile. Task permissions are not granted here: Camunda grants them per task to its candidate
 * groups and assignee. Which brands a person sees is Camunda's tenant check, not an authorization.
 */
@Component
@Order(5)
class RoleSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoleSetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    RoleSetup(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), role.displayName(), Groups.GROUP_TYPE_WORKFLOW);
            // Everyone may see the SOPs, the instances and the history of their own brands.
            grant(role.groupId(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(role.groupId(), Resources.DECISION_DEFINITION, Permissions.READ);
        }
        // Administrators may do everything, as Camunda's own camunda-admin group may.
        for (Resources resource : Resources.values()) {
            grant(Role.ADMIN.groupId(), resource, Permissions.ALL);
            grant(Groups.CAMUNDA_ADMIN, resource, Permissions.ALL);
        }
        // SOP owners deploy models (Camunda Modeler) and start SOPs.
        grant(Role.SOCIAL_MANAGER.groupId(), Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ);
        grant(Role.SOCIAL_MANAGER.groupId(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Role.SOCIAL_MANAGER.groupId(), Resources.PROCESS_INSTANCE, ProcessInstancePermissions.CREATE);
        // SOP owners move running instances to a new SOP version (the SOPs screen; the log records who).
        grant(Role.SOCIAL_MANAGER.groupId(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.MIGRATE_INSTANCE);
        // Calendar planners move publish times: the running SOP's variable, and its timer if it waits already.
        grant(Role.SOCIAL_MANAGER.groupId(), Resources.PROCESS_DEFINITION,
                ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
        log.info("Roles ready: {}", Role.groupIds());
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void grant(String groupId, Resource resource, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(ANY).authorizationType(AUTH_TYPE_GRANT)
                .singleResult();
        Authorization authorization = existing != null ? existing : newGrant(groupId, resource);
        List<Permission> missing = Arrays.stream(permissions).filter(p -> !authorization.isPermissionGranted(p)).toList();
        if (missing.isEmpty() && authorization.getId() != null) {
            return;
        }
        missing.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    private Authorization newGrant(String groupId, Resource resource) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(ANY);
        return authorization;
    }
}
