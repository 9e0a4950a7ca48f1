package io.engineroom.demo;

import io.engineroom.identity.UserDirectory;
import io.engineroom.influencer.CreatorDetails;
import io.engineroom.influencer.Creators;
import java.math.BigDecimal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One creator in each demo brand's directory, so the Creators screen and the influencer engagement SOP can be
 * tried at once. Runs after {@link DemoData} (which makes the brands and the admin's memberships), once.
 */
@Component
@Order(101)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class DemoCreators implements ApplicationRunner {

    private final Creators creators;
    private final UserDirectory users;

    DemoCreators(Creators creators, UserDirectory users) {
        this.creators = creators;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoAdmin.actAs(users, () -> {
            if (creators.of("northwind").isEmpty()) {
                creators.add("northwind", new CreatorDetails("Priya Pennywise", "@pennywise.priya",
                        "Instagram, YouTube", 85_000L, new BigDecimal("2.80"), "1 200 per video, 400 per story",
                        "Budgeting basics series (2025)", "Personal finance educator; no crypto content"));
            }
            if (creators.of("beanleaf").isEmpty()) {
                creators.add("beanleaf", new CreatorDetails("Marco Crema", "@marco.crema, @marcocrema.tv",
                        "Instagram, TikTok", 42_000L, new BigDecimal("5.10"), "600 per reel",
                        "Latte art contest judge (2025)", "Home barista; prefers oat milk recipes"));
            }
        });
    }
}
