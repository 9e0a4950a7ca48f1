package io.engineroom.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.frontend.BundleUtils;
import io.engineroom.audit.ui.InstanceView;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * TEST-ONLY screen (src/test, so it never ships): {@code channel-health.bpmn} in a {@link BpmnDiagram} with a taken
 * path, an active step and counts, and a button that moves the instance on after the diagram is drawn. With
 * {@code ?xml=invalid} it shows XML bpmn-js cannot import. Used by {@link BpmnDiagramBrowserTest}.
 * <p>
 * The tests run Vaadin's production bundle, which loads a screen's frontend modules with the screen: the diagram's
 * module (bpmn-js) comes with {@link InstanceView}, the screen that shows it in the application. This screen is not
 * in the bundle, so it asks for InstanceView's modules as a navigation there does.
 */
@Route(value = "test/bpmn-diagram", autoLayout = false)
@PermitAll
public class BpmnDiagramTestView extends VerticalLayout implements BeforeEnterObserver {

    static final String INVALID_XML = "<definitions>this is not BPMN";

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addDynamicImport("return window.Vaadin.Flow.loadOnDemand('"
                + BundleUtils.getChunkId(InstanceView.class) + "');");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        setSizeFull();
        boolean invalid = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("xml", List.of()).contains("invalid");
        BpmnDiagram diagram = new BpmnDiagram(invalid ? INVALID_XML : channelHealth());
        diagram.setId("diagram");
        diagram.showTakenPath(List.of("ChannelSilent", "Flow_ToRevive", "EveryMorning", "Flow_ToFind",
                "FindSilentChannels"));
        diagram.showActive(List.of("ReviveChannel"));
        diagram.showCounts(Map.of("FindSilentChannels", 3L, "ReviveChannel", 1L));

        Button stepOn = new Button("Step on", click -> {
            diagram.showTakenPath(List.of("ChannelSilent", "Flow_ToRevive", "ReviveChannel", "Flow_Revived",
                    "SilenceHandled"));
            diagram.showActive(List.of());
            diagram.showCounts(Map.of("ReviveChannel", 2L));
        });
        add(stepOn, diagram);
    }

    private static String channelHealth() {
        try {
            return Files.readString(Path.of("processes", "channel-health.bpmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
