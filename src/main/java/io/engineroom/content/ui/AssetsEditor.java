package io.engineroom.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import io.engineroom.base.InvalidInput;
import io.engineroom.content.AssetContent;
import io.engineroom.content.AssetLimits;
import io.engineroom.content.AssetSizes;
import io.engineroom.content.AssetSummary;
import io.engineroom.content.AssetType;
import io.engineroom.content.ContentAssets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/**
 * A content item's images and video: a gallery of previews (file name, size, short checksum, alt text) and, for
 * people who may change them, an upload with its progress bar, the alt text for the next file and a remove
 * button per file. Whatever the service refuses is shown right below the upload.
 */
public class AssetsEditor extends Div {

    private final ContentAssets assets;
    private final long contentItemId;
    private final boolean editable;
    private final Div gallery = new Div();
    private final Span uploadError = new Span();
    private final TextArea altText = new TextArea("Alt text for the next file");
    private final Upload upload = new Upload(this::receive);
    /** The alt text as last synced, for the upload request, which does not hold the UI's lock. */
    private volatile String pendingAltText;

    public AssetsEditor(ContentAssets assets, long contentItemId) {
        this(assets, contentItemId, true);
    }

    /**
     * @param changesWanted false shows the files only, even to someone who may change them (a reviewer looks at
     *        the visual; the designer's task is where it changes)
     */
    public AssetsEditor(ContentAssets assets, long contentItemId, boolean changesWanted) {
        this.assets = assets;
        this.contentItemId = contentItemId;
        this.editable = changesWanted && assets.mayChange(contentItemId);
        setId("assets-editor");
        gallery.setId("asset-gallery");
        gallery.addClassName("er-assets__gallery");
        add(gallery);
        if (editable) {
            add(altText, upload, uploadError);
            configureUpload(assets.limits());
        }
        refresh();
    }

    /**
     * For views built without Spring injection (the calendar's item dialog): the service comes from Vaadin's
     * instantiator, which hands out Spring beans.
     */
    public static AssetsEditor forItem(long contentItemId) {
        return new AssetsEditor(VaadinService.getCurrent().getInstantiator().getOrCreate(ContentAssets.class),
                contentItemId);
    }

    public boolean isEditable() {
        return editable;
    }

    private void configureUpload(AssetLimits limits) {
        altText.setId("asset-alt-text");
        altText.setWidthFull();
        altText.setMaxLength(AssetLimits.MAX_ALT_TEXT);
        altText.setHelperText("Describes the image for people who cannot see it; posted with it");
        altText.addValueChangeListener(change -> pendingAltText = change.getValue());
        upload.setId("asset-upload");
        // the browser's own checks save a pointless transfer; the server decides from the bytes either way
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.largest().toBytes()));
        upload.setAcceptedFileTypes(Stream.concat(Arrays.stream(AssetType.values()).map(AssetType::contentType),
                Stream.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp4")).toArray(String[]::new));
        upload.addFileRejectedListener(rejected -> showUploadError(rejected.getErrorMessage()));
        uploadError.setId("asset-upload-error");
        uploadError.addClassName("er-field-error");
        showUploadError(null);
        Span rules = new Span(AssetType.allowedNames() + "; images up to "
                + AssetSizes.format(limits.maxImageSize().toBytes()) + ", videos up to "
                + AssetSizes.format(limits.maxVideoSize().toBytes()) + "; at most " + AssetLimits.MAX_PER_ITEM
                + " files");
        rules.addClassName("er-note");
        upload.setDropLabel(rules);
    }

    /** Runs on the upload's own request: streams the file into the service, then updates the UI under its lock. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String alt = pendingAltText;
        try (InputStream data = event.getInputStream()) {
            assets.upload(contentItemId, event.getFileName(), data, alt);
            ui.access(this::uploaded);
        } catch (InvalidInput refused) {
            ui.access(() -> refused(refused));
        } catch (AccessDeniedException refused) {
            ui.access(() -> showUploadError(refused.getMessage()));
        }
    }

    private void uploaded() {
        showUploadError(null);
        altText.clear();
        altText.setInvalid(false);
        upload.clearFileList();
        refresh();
    }

    private void refused(InvalidInput refused) {
        // the file list would show the refused file as uploaded: the message below says what happened instead
        upload.clearFileList();
        String altProblem = refused.problems().get("altText");
        altText.setInvalid(altProblem != null);
        altText.setErrorMessage(altProblem);
        showUploadError(refused.problems().entrySet().stream().filter(problem -> !problem.getKey().equals("altText"))
                .map(Map.Entry::getValue).collect(Collectors.joining("; ")));
    }

    private void showUploadError(String message) {
        uploadError.setText(message == null ? "" : message);
        uploadError.setVisible(message != null && !message.isBlank());
    }

    private void refresh() {
        gallery.removeAll();
        List<AssetSummary> files = assets.of(contentItemId);
        if (files.isEmpty()) {
            Span none = new Span("No images or video yet");
            none.setId("asset-none");
            none.addClassName("er-muted");
            gallery.add(none);
        }
        files.forEach(file -> gallery.add(card(file)));
        if (editable) {
            upload.setVisible(files.size() < AssetLimits.MAX_PER_ITEM);
            altText.setVisible(files.size() < AssetLimits.MAX_PER_ITEM);
        }
    }

    private Div card(AssetSummary file) {
        Div card = new Div();
        card.setId("asset-" + file.id());
        card.addClassName("asset-card");
        card.addClassName("er-asset");
        DownloadHandler bytes = DownloadHandler.fromInputStream(download -> {
            // asked again on the preview's own request: only who may see the item gets the bytes
            AssetContent content = assets.content(file.id());
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                    content.contentType(), content.bytes().length);
        }).inline();
        if (file.video()) {
            Element video = new Element("video");
            video.setAttribute("controls", true);
            video.setAttribute("preload", "metadata");
            video.setAttribute("src", bytes);
            video.getClassList().add("er-asset__video");
            video.setAttribute("id", "asset-preview-" + file.id());
            card.getElement().appendChild(video);
        } else {
            Image image = new Image(bytes, file.altText() == null ? file.fileName() : file.altText());
            image.setId("asset-preview-" + file.id());
            image.addClassName("er-asset__image");
            card.add(image);
        }
        Span name = new Span(file.fileName());
        name.addClassName("asset-name");
        name.addClassName("er-asset__name");
        Span facts = new Span(AssetSizes.format(file.sizeBytes()) + " · sha256 " + file.shortChecksum());
        facts.addClassName("asset-facts");
        facts.getElement().setAttribute("title", "SHA-256 " + file.sha256());
        facts.addClassName("er-asset__facts");
        Span alt = new Span(file.altText() == null ? "No alt text" : "Alt: " + file.altText());
        alt.addClassName("asset-alt");
        alt.addClassName("er-asset__alt");
        card.add(name, facts, alt);
        if (editable) {
            Button remove = new Button("Remove", click -> remove(file));
            remove.setId("asset-remove-" + file.id());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            card.add(remove);
        }
        return card;
    }

    private void remove(AssetSummary file) {
        try {
            assets.remove(file.id());
            showUploadError(null);
        } catch (InvalidInput | AccessDeniedException refused) {
            showUploadError(refused.getMessage());
        }
        refresh();
    }
}
