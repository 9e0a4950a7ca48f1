package io.engineroom.reporting.ui;

import com.vaadin.flow.component.Component;
import io.engineroom.brand.BrandPolicySection;
import io.engineroom.reporting.KpiDictionary;
import io.engineroom.reporting.KpiTargets;
import org.springframework.stereotype.Service;

/** The reporting module's part of the Brand policies screen: KPI targets, with the KPI dictionary's words. */
@Service
class KpiTargetsSection implements BrandPolicySection {

    private final KpiTargets targets;
    private final KpiDictionary dictionary;

    KpiTargetsSection(KpiTargets targets, KpiDictionary dictionary) {
        this.targets = targets;
        this.dictionary = dictionary;
    }

    @Override
    public String title() {
        return "KPI targets";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(String brandId) {
        return new KpiTargetsEditor(targets, dictionary, brandId);
    }
}
