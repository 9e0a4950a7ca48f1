package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import io.engineroom.brand.BrandService;
import io.engineroom.content.AssetSummary;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ContentAssets;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentCalendar;
import io.engineroom.content.ContentService;
import io.engineroom.content.TestFiles;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The item's files in the browser, driven server-side with Karibu-Testing on the real application. */
@EngineRoomIntegrationTest
class AssetsEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentAssets assets;
    @Autowired
    ContentService content;
    @Autowired
    ContentCalendar calendar;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String designer;
    String auditor;
    long item;
    LocalDate publishDay;
    UiSession session;

    @BeforeEach
    void anItemAndTwoMembers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "assetui-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Asset UI " + suffix, false));
        designer = TestUsers.ensure(users, brands, "assetui-designer-" + suffix, Role.DESIGNER, brand);
        auditor = TestUsers.ensure(users, brands, "assetui-auditor-" + suffix, Role.AUDITOR, brand);
        publishDay = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        item = content.plan(brand, new ContentBrief("Pictures please", "awareness", null, "Look", null, null,
                publishDay.atTime(10, 0).toInstant(ZoneOffset.UTC), Set.of()));
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anUploadedPngAppearsAsAPreviewWithNameSizeAndChecksum() {
        byte[] png = TestFiles.png(16, 9);
        AssetsEditor editor = open(designer);
        assertThat(_get(Span.class, spec -> spec.withId("asset-none")).getText()).isEqualTo("No images or video yet");

        _setValue(_get(TextArea.class, spec -> spec.withId("asset-alt-text")), "A sunrise over the roastery");
        _upload(_get(Upload.class, spec -> spec.withId("asset-upload")), "sunrise.png", "image/png", png);

        AssetSummary stored = only(stored());
        Div card = _get(editor, Div.class, spec -> spec.withId("asset-" + stored.id()));
        Image preview = _get(card, Image.class, spec -> spec.withId("asset-preview-" + stored.id()));
        assertThat(preview.getSrc()).isNotBlank();
        assertThat(preview.getAlt()).contains("A sunrise over the roastery");
        assertThat(text(card)).contains("sunrise.png").contains(png.length + " bytes")
                .contains("sha256 " + stored.sha256().substring(0, 12)).contains("Alt: A sunrise over the roastery");
        assertThat(_find(Span.class, spec -> spec.withId("asset-none"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("asset-upload-error"))).isEmpty(); // hidden
        assertThat(_get(TextArea.class, spec -> spec.withId("asset-alt-text")).getValue()).isEmpty();
    }

    @Test
    void aTextFileIsRefusedWithTheReasonNextToTheUpload() {
        open(designer);

        _upload(_get(Upload.class, spec -> spec.withId("asset-upload")), "holiday.png", "image/png",
                "Not a picture at all".getBytes(StandardCharsets.UTF_8));

        Span error = _get(Span.class, spec -> spec.withId("asset-upload-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(
                "Only PNG, JPEG, GIF, WebP or MP4 files can be added; this file is none of them");
        // right below the upload, in the same editor
        assertThat(error.getParent()).isEqualTo(_get(Upload.class, spec -> spec.withId("asset-upload")).getParent());
        assertThat(_find(Image.class)).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFileIsRemovedWithItsButton() {
        AssetsEditor editor = open(designer);
        _upload(_get(Upload.class, spec -> spec.withId("asset-upload")), "one.png", "image/png", TestFiles.png(2, 2));
        _upload(_get(Upload.class, spec -> spec.withId("asset-upload")), "two.jpg", "image/jpeg", TestFiles.jpeg());
        List<AssetSummary> both = stored();
        assertThat(both).extracting(AssetSummary::fileName).containsExactly("one.png", "two.jpg");

        _click(_get(Button.class, spec -> spec.withId("asset-remove-" + both.get(0).id())));

        assertThat(_find(editor, Div.class, spec -> spec.withId("asset-" + both.get(0).id()))).isEmpty();
        assertThat(_find(editor, Div.class, spec -> spec.withId("asset-" + both.get(1).id()))).hasSize(1);
        assertThat(stored()).extracting(AssetSummary::fileName).containsExactly("two.jpg");
    }

    @Test
    void anAuditorAndAPublishedItemOnlyShowTheFiles() {
        open(designer);
        _upload(_get(Upload.class, spec -> spec.withId("asset-upload")), "look.png", "image/png", TestFiles.png(3, 3));
        session.close();

        AssetsEditor forAuditor = open(auditor);
        assertThat(forAuditor.isEditable()).isFalse();
        assertThat(_find(Image.class)).hasSize(1);
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class)).isEmpty();
        session.close();

        jdbc.update("update content_item set state = 'PUBLISHED' where id = ?", item);
        AssetsEditor published = open(designer);
        assertThat(published.isEditable()).isFalse();
        assertThat(_find(Image.class)).hasSize(1);
        assertThat(_find(Upload.class)).isEmpty();
    }

    @Test
    void theItemDialogShowsTheItemsFiles() {
        session = UiSession.signIn(context, users, designer);
        CalendarItem planned = calendar.items(brand, publishDay, publishDay.plusDays(1)).get(0);

        new ItemDialog(planned, "In production", ZoneOffset.UTC, false, content, () -> { }).open();

        AssetsEditor editor = _get(AssetsEditor.class);
        assertThat(editor.isEditable()).isTrue();
        assertThat(_find(Upload.class, spec -> spec.withId("asset-upload"))).hasSize(1);
    }

    private AssetsEditor open(String userId) {
        session = UiSession.signIn(context, users, userId);
        AssetsEditor editor = new AssetsEditor(assets, item);
        UI.getCurrent().add(editor);
        return editor;
    }

    private List<AssetSummary> stored() {
        return assets.of(item);
    }

    private static AssetSummary only(List<AssetSummary> files) {
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
