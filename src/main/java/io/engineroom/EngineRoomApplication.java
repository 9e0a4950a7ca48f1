package io.engineroom;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Engine Room: a team's social media SOPs as BPMN/DMN models, run by Camunda 7, worked in a Vaadin task inbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// the look: src/main/frontend/themes/engineroom/styles.css (named classes, no inline styles in the views)
@Theme("engineroom")
@Push // long work (a CSV import) reports its progress to the screen as it goes
public class EngineRoomApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(EngineRoomApplication.class, args);
    }
}
