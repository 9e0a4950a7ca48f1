package io.engineroom.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import io.engineroom.base.InvalidInput;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChanges;
import io.engineroom.workflow.SopDeployTarget;
import io.engineroom.workflow.SopDeploymentRefused;
import io.engineroom.workflow.SopProblem;
import io.engineroom.workflow.SopVersion;
import io.engineroom.workflow.SopVersions;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Deploying SOP files from the screen: choose whose version it is (a brand the person manages, or for administrators
 * the shared one), upload .bpmn, .dmn and .form files (a model with the forms it binds), read the lint's problems,
 * deploy them as one deployment, which then waits for another SOP owner's review. Refusals (lint, engine, or a
 * brand the person may not deploy for) are shown next to the upload, by file and element; nothing deploys then.
 */
class SopUpload extends VerticalLayout {

    final Select<SopDeployTarget> brand = new Select<>();
    final Upload upload = new Upload(this::receive);
    final Span files = new Span();
    final Span error = new Span();
    final Span result = new Span();
    final Grid<SopProblem> problems = new Grid<>();
    final Button deploy = new Button("Deploy");
    final Button clear = new Button("Clear");
    private final SopVersions sops;
    private final SopChanges changes;
    private final Runnable afterDeploy;
    /** The chosen brand's id (null: shared), for the lint on the upload's request thread. */
    private volatile String lintBrand;
    /** Files received so far; written on the upload's request thread, read on the UI's. */
    private final Map<String, byte[]> pending = new LinkedHashMap<>();

    SopUpload(SopVersions sops, SopChanges changes, Runnable afterDeploy) {
        this.sops = sops;
        this.changes = changes;
        this.afterDeploy = afterDeploy;
        List<SopDeployTarget> targets = sops.deployTargets();
        brand.setId("sops-upload-brand");
        brand.setLabel("Deploy for");
        brand.setItems(targets);
        brand.setItemLabelGenerator(SopDeployTarget::label);
        brand.setWidth("20rem");
        brand.setHelperText(targets.isEmpty() ? "You manage no brand, so you cannot deploy SOPs"
                : "A brand's own version, or the shared one every brand without its own runs");
        if (!targets.isEmpty()) {
            brand.setValue(targets.get(0));
            lintBrand = targets.get(0).brandId();
        }
        brand.addValueChangeListener(change -> brandChosen(change.getValue()));
        upload.setId("sops-upload");
        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".form");
        upload.setMaxFileSize((int) SopVersions.MAX_FILE_BYTES);
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        files.setId("sops-upload-files");
        error.setId("sops-upload-error");
        error.addClassNames("er-error-text", "er-pre-line");
        result.setId("sops-upload-result");
        problems.setId("sops-upload-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(SopProblem::resource).setHeader("File").setKey("resource");
        problems.addColumn(problem -> problem.elementId() == null ? "" : problem.elementId()).setHeader("Element")
                .setKey("element");
        problems.addColumn(SopProblem::message).setHeader("Problem").setKey("message").setFlexGrow(3);
        problems.setAllRowsVisible(true);
        deploy.setId("sops-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addClickListener(click -> deploy());
        clear.setId("sops-upload-clear");
        clear.addClickListener(click -> {
            synchronized (pending) {
                pending.clear();
            }
            upload.clearFileList();
            show(List.of(), null);
            result.setText("");
        });
        setPadding(false);
        add(new H3("Deploy SOP files"), brand, upload, files, new HorizontalLayout(deploy, clear), error, problems, result);
        show(List.of(), null);
    }

    /** On the upload's request thread: keep the file, lint what is pending, show it through UI.access. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] content;
        try (InputStream data = event.getInputStream()) {
            content = data.readAllBytes();
        }
        Map<String, byte[]> snapshot;
        synchronized (pending) {
            pending.put(event.getFileName(), content);
            snapshot = new LinkedHashMap<>(pending);
        }
        Linted linted = lint(snapshot);
        ui.access(() -> {
            result.setText("");
            show(linted.problems(), linted.message());
        });
    }

    /** Lints the files for the brand chosen now: a brand's own decisions count for that brand only. */
    private Linted lint(Map<String, byte[]> files) {
        try {
            List<SopProblem> found = sops.lint(files, lintBrand);
            return new Linted(found, found.isEmpty() ? null : "Fix these problems before deploying:\n" + lines(found));
        } catch (InvalidInput | AccessDeniedException refused) {
            return new Linted(List.of(), refused instanceof InvalidInput invalid
                    ? String.join("; ", invalid.problems().values()) : refused.getMessage());
        }
    }

    /** Another brand chosen: what the pending files reference may be live for one brand and not another. */
    private void brandChosen(SopDeployTarget target) {
        lintBrand = target == null ? null : target.brandId();
        result.setText("");
        Map<String, byte[]> snapshot;
        synchronized (pending) {
            snapshot = new LinkedHashMap<>(pending);
        }
        if (!snapshot.isEmpty()) {
            Linted linted = lint(snapshot);
            show(linted.problems(), linted.message());
        }
    }

    private void deploy() {
        Map<String, byte[]> snapshot;
        synchronized (pending) {
            snapshot = new LinkedHashMap<>(pending);
        }
        result.setText("");
        SopDeployTarget target = brand.getValue();
        if (target == null) {
            showError("Nothing deployed: choose whose version this is");
            return;
        }
        try {
            List<SopVersion> created = sops.deploy(snapshot, target.brandId());
            synchronized (pending) {
                pending.clear();
            }
            upload.clearFileList();
            show(List.of(), null);
            result.setText(created.isEmpty() ? "Nothing new: these files are deployed already"
                    : deployed(created, target, changes.forDeployment(created.get(0).deploymentId())));
            afterDeploy.run();
        } catch (SopDeploymentRefused refused) {
            show(refused.problems(), "Nothing deployed:\n" + lines(refused.problems()));
        } catch (InvalidInput refused) {
            showError("Nothing deployed: " + String.join("; ", refused.problems().values()));
        } catch (AccessDeniedException refused) {
            showError("Nothing deployed: " + refused.getMessage());
        }
    }

    /** "Deployed content-approval v5 for Bean & Leaf: waits for review by another SOP owner of Bean & Leaf". */
    static String deployed(List<SopVersion> created, SopDeployTarget target, Optional<SopChange> change) {
        String what = "Deployed " + created.stream().map(version -> version.key() + " v" + version.version())
                .collect(Collectors.joining(", ")) + (target.shared() ? " as the shared version" : " for "
                        + target.label());
        return change.map(made -> what + ": " + (made.status().live() ? "live now (" + made.status().label() + ")"
                : "waits for review by " + (target.shared() ? "another administrator"
                        : "another SOP owner of " + target.label()))).orElse(what);
    }

    private void show(List<SopProblem> found, String message) {
        List<String> names;
        synchronized (pending) {
            names = List.copyOf(pending.keySet());
        }
        files.setText(names.isEmpty() ? "No files chosen" : "To deploy: " + String.join(", ", names));
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        deploy.setEnabled(!names.isEmpty() && found.isEmpty() && brand.getValue() != null);
        showError(message);
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null && !message.isBlank());
    }

    private static String lines(List<SopProblem> problems) {
        return problems.stream().map(SopProblem::toString).collect(Collectors.joining("\n"));
    }

    private record Linted(List<SopProblem> problems, String message) {
    }
}
