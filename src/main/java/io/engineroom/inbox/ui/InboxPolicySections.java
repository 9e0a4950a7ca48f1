package io.engineroom.inbox.ui;

import com.vaadin.flow.component.Component;
import io.engineroom.brand.BrandPolicySection;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.SlaTargets;
import io.engineroom.inbox.SpikeDetector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox module's parts of the Brand policies screen: reply templates, the negative-spike rule and the SLA
 * targets per category, each a {@link BrandPolicySection} bean that the brand module's screen shows as a tab.
 */
@Configuration
class InboxPolicySections {

    @Bean
    BrandPolicySection replyTemplatesSection(ResponseTemplates templates, BrandService brands,
            CurrentUser currentUser) {
        return section("Reply templates", 20, brandId -> new TemplatesEditor(templates, brandId,
                brands.find(brandId).map(BrandSummary::name).orElse(brandId),
                currentUser.find().map(EngineRoomUser::displayName).orElse("Sam")));
    }

    @Bean
    BrandPolicySection spikeSection(SpikeDetector spikes) {
        return section("Negative spike", 40, brandId -> new SpikeEditor(spikes, brandId));
    }

    @Bean
    BrandPolicySection slaSection(SlaTargets targets) {
        return section("SLA targets", 50, brandId -> new SlaEditor(targets, brandId));
    }

    private static BrandPolicySection section(String title, int order,
            java.util.function.Function<String, Component> editor) {
        return new BrandPolicySection() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create(String brandId) {
                return editor.apply(brandId);
            }
        };
    }
}
