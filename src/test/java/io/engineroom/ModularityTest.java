package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Packages are capabilities: modules use each other's API packages (or named interfaces) only, only the modules
 * their {@code package-info.java} allows, and without cycles. The same check is shown failing on two small fixture
 * applications in test sources, so a passing verification means something. The module diagrams (PlantUML, C4) are
 * written to {@code target/spring-modulith-docs}.
 *
 * <p>It runs beside the suite's other classes ({@code junit-platform.properties}): about 20 s of CPU (reading the
 * class files, then the diagrams) on nothing the others share: no Spring context, clock or database, and the
 * imported modules are Spring Modulith's cache, which the module slice tests read and fill thread-safely.
 */
@Execution(ExecutionMode.CONCURRENT)
class ModularityTest {

    private static final String FIXTURES = "io.engineroom.modularity.fixture.";

    private final ApplicationModules modules = ApplicationModules.of(EngineRoomApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void aModuleReachingIntoAnotherModulesInternalPackageFailsTheCheck() {
        var violations = fixture("internalreach").detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessage()).contains("Ledger").contains("non-exposed type");
    }

    @Test
    void aModuleUsingAModuleItDidNotDeclareFailsTheCheck() {
        var violations = fixture("undeclared").detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessage()).contains("Invoices").contains("Allowed targets: none");
    }

    @Test
    void writesTheModuleDocumentation() {
        Path folder = Path.of("target", "spring-modulith-docs");
        // diagrams only: the module canvases read the javadoc index, which Spring Boot's JSON parser fails on here
        new Documenter(modules, folder.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        assertThat(folder.resolve("components.puml")).content().contains("Crisis").contains("Workflow");
        assertThat(folder.resolve("module-crisis.puml")).content()
                .containsPattern("Rel\\([\\w.]+\\.Crisis, [\\w.]+\\.Inbox, \"listens to\"");
    }

    private static ApplicationModules fixture(String name) {
        return ApplicationModules.of(FIXTURES + name, new ImportOption.OnlyIncludeTests());
    }
}
