package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A brand and its Camunda tenant are written in one transaction (Camunda's engine joins Spring's): when PostgreSQL
 * refuses the second row after the first was written, neither remains. The refusals are real database triggers on
 * this test's brand id only, so the rest of the shared application is untouched.
 */
@EngineRoomIntegrationTest
class BrandTenantTransactionTest {

    @Autowired
    BrandService brands;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    final String id = "tx-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void dropTheTriggers() {
        jdbc.execute("drop trigger if exists refuse_test_tenant on act_id_tenant");
        jdbc.execute("drop trigger if exists refuse_test_brand on brand");
        jdbc.execute("drop function if exists refuse_tenant_after_brand()");
        jdbc.execute("drop function if exists refuse_brand_after_tenant()");
    }

    @Test
    void whenTheTenantIsRefusedAfterTheBrandRowWasWrittenNeitherRemains() {
        // refuses the tenant only once the brand row is there, in the same transaction
        jdbc.execute("create function refuse_tenant_after_brand() returns trigger language plpgsql as $$ begin "
                + "if exists (select 1 from brand where id = new.id_) then "
                + "raise exception 'tenant refused after the brand row'; end if; return new; end $$");
        jdbc.execute("create trigger refuse_test_tenant before insert on act_id_tenant for each row when (new.id_ = '"
                + id + "') execute procedure refuse_tenant_after_brand()");

        assertThatThrownBy(() -> AsAdmin.call(() -> brands.create(BrandDetails.defaults(id, "Transaction Test"))))
                .hasStackTraceContaining("tenant refused after the brand row");

        assertNothingOfEitherRemains();
    }

    @Test
    void whenTheBrandRowIsRefusedAfterTheTenantWasWrittenNeitherRemains() {
        // checked at commit (deferred), when both rows have been written
        jdbc.execute("create function refuse_brand_after_tenant() returns trigger language plpgsql as $$ begin "
                + "if exists (select 1 from act_id_tenant where id_ = new.id) then "
                + "raise exception 'brand refused after the tenant'; end if; return null; end $$");
        jdbc.execute("create constraint trigger refuse_test_brand after insert on brand deferrable initially "
                + "deferred for each row when (new.id = '" + id + "') execute procedure refuse_brand_after_tenant()");

        assertThatThrownBy(() -> AsAdmin.call(() -> brands.create(BrandDetails.defaults(id, "Transaction Test"))))
                .hasStackTraceContaining("brand refused after the tenant");

        assertNothingOfEitherRemains();
    }

    @Test
    void withoutARefusalBothAreWritten() {
        AsAdmin.call(() -> brands.create(BrandDetails.defaults(id, "Transaction Test")));

        assertThat(jdbc.queryForObject("select count(*) from brand where id = ?", Long.class, id)).isOne();
        assertThat(identityService.createTenantQuery().tenantId(id).singleResult().getName())
                .isEqualTo("Transaction Test");
    }

    private void assertNothingOfEitherRemains() {
        assertThat(jdbc.queryForObject("select count(*) from brand where id = ?", Long.class, id)).as("brand")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from brand_business_day where brand_id = ?", Long.class,
                id)).as("its hours").isZero();
        assertThat(identityService.createTenantQuery().tenantId(id).count()).as("tenant").isZero();
    }
}
