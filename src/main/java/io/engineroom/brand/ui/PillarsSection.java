package io.engineroom.brand.ui;

import com.vaadin.flow.component.Component;
import io.engineroom.brand.BrandPolicySection;
import io.engineroom.brand.PillarService;
import org.springframework.stereotype.Service;

/** The brand module's part of the Brand policies screen: content pillars and their target shares. */
@Service
class PillarsSection implements BrandPolicySection {

    private final PillarService pillars;

    PillarsSection(PillarService pillars) {
        this.pillars = pillars;
    }

    @Override
    public String title() {
        return "Pillars";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(String brandId) {
        return new PillarsEditor(pillars, brandId);
    }
}
