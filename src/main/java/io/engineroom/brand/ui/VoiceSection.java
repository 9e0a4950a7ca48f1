package io.engineroom.brand.ui;

import com.vaadin.flow.component.Component;
import io.engineroom.brand.BrandPolicySection;
import io.engineroom.brand.VoiceGuides;
import org.springframework.stereotype.Service;

/** The brand module's part of the Brand policies screen: the brand's voice guide. */
@Service
class VoiceSection implements BrandPolicySection {

    private final VoiceGuides guides;

    VoiceSection(VoiceGuides guides) {
        this.guides = guides;
    }

    @Override
    public String title() {
        return "Voice";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(String brandId) {
        return new VoiceEditor(guides, brandId);
    }
}
