package io.engineroom.support;

import io.engineroom.brand.BrandService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What the application made by itself on its empty database, read once its start is done (after every start-up
 * runner: roles, the first administrator), before any test of the context has added anything: the tests of
 * {@link FirstRunIntegrationTest} share one context and run in any order.
 *
 * @param people  user id to their groups
 * @param tenants Camunda tenants (brands) by id
 * @param noBrand whether Engine Room had no brand record
 */
public record FirstRunSnapshot(Map<String, List<String>> people, List<String> tenants, boolean noBrand) {

    private static FirstRunSnapshot taken;

    public static FirstRunSnapshot get() {
        if (taken == null) {
            throw new IllegalStateException("No first-run context has started");
        }
        return taken;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner firstRunSnapshot(IdentityService identity, BrandService brands) {
            return args -> taken = new FirstRunSnapshot(
                    identity.createUserQuery().list().stream().map(User::getId).collect(Collectors.toMap(id -> id,
                            id -> identity.createGroupQuery().groupMember(id).orderByGroupId().asc().list().stream()
                                    .map(Group::getId).toList())),
                    identity.createTenantQuery().list().stream().map(Tenant::getId).toList(),
                    brands.isEmpty());
        }
    }
}
