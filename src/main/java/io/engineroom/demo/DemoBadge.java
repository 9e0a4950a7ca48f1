package io.engineroom.demo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.engineroom.base.HeaderItem;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * A "Demo" badge in the header of every screen while demo mode is on: demo mode means known passwords and tokens,
 * and nobody should mistake such an installation for a real one. There is no bean, so no badge, otherwise.
 */
@org.springframework.stereotype.Component
@Order(0) // first in the header, next to the app's name
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class DemoBadge implements HeaderItem {

    static final String ID = "demo-badge";

    @Override
    public Component create() {
        Span badge = new Span("Demo");
        badge.setId(ID);
        badge.getElement().getThemeList().addAll(List.of("badge", "contrast", "pill"));
        badge.getElement().setAttribute("title", "Demo mode: sample data, and every password is \"demo\"");
        return badge;
    }
}
