package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * JSON logs as the README documents them, without a Spring context: the environment variable
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE} sets Spring Boot's {@code logging.structured.format.console}, and Spring
 * Boot's own Logback encoder (no extra library) writes each event as one JSON line in either documented format.
 */
class StructuredLogsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void theEnvironmentVariableTurnsEachLogEventIntoOneJsonLine(String format) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("deployment",
                Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", format)));
        ConfigurationPropertySources.attach(environment);
        String configured = environment.getProperty("logging.structured.format.console");

        LoggerContext logback = new LoggerContext();
        logback.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logback);
        encoder.setFormat(configured);
        encoder.start();
        LoggingEvent event = new LoggingEvent(getClass().getName(), logback.getLogger("io.engineroom.inbox"),
                Level.WARN, "SLA breached for {}", null, new Object[] {"interaction 42"});
        event.setMDCPropertyMap(Map.of());
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(line);

        assertThat(configured).isEqualTo(format);
        assertThat(line).endsWith("\n").hasLineCount(1);
        assertThat(json.path("message").asText()).isEqualTo("SLA breached for interaction 42");
        assertThat(json.toString()).contains("WARN").contains("io.engineroom.inbox");
    }
}
