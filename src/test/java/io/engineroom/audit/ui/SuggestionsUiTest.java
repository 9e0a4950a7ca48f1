package io.engineroom.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.engineroom.assist.SuggestionEntry;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditors' AI suggestions screen: their brands' suggestions only, narrowed to one brand, and exported as it
 * shows them.
 */
@EngineRoomIntegrationTest
class SuggestionsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    UiSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAuditorSeesAndExportsTheSuggestionsOfTheirBrandsOnly() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "sugui-a-" + suffix;
        String second = "sugui-b-" + suffix;
        String foreign = "sugui-x-" + suffix;
        for (String brand : List.of(first, second, foreign)) {
            AsAdmin.run(() -> brands.create(brand, "Suggestions UI " + brand, false));
        }
        String auditor = TestUsers.ensure(users, brands, "sugui-auditor-" + suffix, Role.AUDITOR, first, second);
        insert(first, "task-a-" + suffix, "Edited for the first brand");
        insert(second, "task-b-" + suffix, "Edited for the second brand");
        insert(foreign, "task-x-" + suffix, "Someone else's");

        session = UiSession.signIn(context, users, auditor);
        UI.getCurrent().navigate(SuggestionsView.class);
        SuggestionsView view = _get(SuggestionsView.class);
        assertThat(rows(view)).extracting(SuggestionEntry::taskId)
                .containsExactlyInAnyOrder("task-a-" + suffix, "task-b-" + suffix);
        assertThat(view.brand.getListDataView().getItems().map(brand -> brand.id()).toList())
                .containsExactlyInAnyOrder(first, second);

        _setValue(view.brand, view.brand.getListDataView().getItems().filter(brand -> brand.id().equals(second))
                .findFirst().orElseThrow());
        assertThat(rows(view)).extracting(SuggestionEntry::taskId).containsExactly("task-b-" + suffix);
        _click(_get(Button.class, spec -> spec.withId("suggestions-export-csv")));
        Path file = waitForTheFile(view.export);

        List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Asked at,Asked by,Brand,Kind,Task,");
        assertThat(lines.get(1)).contains(second, "task-b-" + suffix, "Edited for the second brand")
                .doesNotContain("Edited for the first brand", "Someone else's");
        assertThat(view.export.download.getText()).isEqualTo("Download ai-suggestions.csv");
    }

    private void insert(String brand, String taskId, String submitted) {
        jdbc.update("insert into ai_suggestion (brand_id, kind, task_id, task_key, business_key, model, prompt, "
                + "output, outcome, requested_by, requested_at, submitted_text, edit_distance, completed_by, "
                + "completed_at) values (?, 'REPLY', ?, 'Respond', 'interaction:1', 'test-model', 'a prompt', "
                + "'a reply', 'DRAFTED', 'cm', ?, ?, 3, 'cm', ?)", brand, taskId, Timestamp.from(Instant.now()),
                submitted, Timestamp.from(Instant.now()));
    }

    private static List<SuggestionEntry> rows(SuggestionsView view) {
        List<SuggestionEntry> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        return rows;
    }

    private static Path waitForTheFile(ExportPanel panel) throws InterruptedException {
        for (int i = 0; i < 300 && panel.file() == null; i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(panel.file()).as("the export finished: " + panel.status.getText()).isNotNull();
        return panel.file();
    }
}
