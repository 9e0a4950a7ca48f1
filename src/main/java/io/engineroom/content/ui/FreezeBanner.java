package io.engineroom.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.FreezeSummary;
import io.engineroom.publishing.ReleaseChoice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the brand's publishing is frozen, shown above the calendar; social managers and crisis leads freeze
 * and release it here (why, and what happens to the held posts).
 */
class FreezeBanner extends HorizontalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    private final FreezeService freezes;
    private final EngineRoomUser user;
    private final boolean mayFreeze;
    private final Runnable changed;

    FreezeBanner(FreezeService freezes, EngineRoomUser user, Runnable changed) {
        this.freezes = freezes;
        this.user = user;
        this.mayFreeze = user.hasRole(Role.SOCIAL_MANAGER) || user.hasRole(Role.CRISIS_LEAD);
        this.changed = changed;
        setId("freeze-banner");
        setAlignItems(Alignment.CENTER);
    }

    void show(String brandId, ZoneId zone) {
        removeAll();
        if (brandId == null) {
            return;
        }
        Optional<FreezeSummary> freeze = freezes.current(brandId);
        if (freeze.isPresent()) {
            FreezeSummary on = freeze.get();
            Span state = new Span("Publishing frozen since " + WHEN.format(on.frozenAt().atZone(zone)) + " by "
                    + on.frozenBy() + ": " + on.reason());
            state.setId("freeze-state");
            state.addClassName("er-alert");
            add(state);
            if (mayFreeze) {
                add(button("Release publishing…", "release-publishing", () -> releaseDialog(brandId)));
            }
        } else if (mayFreeze) {
            add(button("Freeze publishing…", "freeze-publishing", () -> freezeDialog(brandId)));
        }
    }

    private void freezeDialog(String brandId) {
        TextArea reason = new TextArea("Why does publishing stop?");
        reason.setId("freeze-reason");
        reason.setWidth("28rem");
        confirm("Freeze publishing", reason, "confirm-freeze", () -> freezes.freeze(brandId, reason.getValue(),
                user.id()), problem -> {
                    reason.setInvalid(true);
                    reason.setErrorMessage(problem);
                });
    }

    private void releaseDialog(String brandId) {
        RadioButtonGroup<ReleaseChoice> choice = new RadioButtonGroup<>("Posts held by the freeze");
        choice.setId("release-choice");
        choice.setItems(ReleaseChoice.values());
        choice.setItemLabelGenerator(value -> value == ReleaseChoice.PUBLISH_IN_ORDER
                ? "Publish them in order" : "Send them back to review first");
        confirm("Release publishing", choice, "confirm-release", () -> freezes.release(brandId, user.id(),
                choice.getValue()), problem -> {
                    choice.setInvalid(true);
                    choice.setErrorMessage(problem);
                });
    }

    private void confirm(String title, com.vaadin.flow.component.Component field, String id,
            Supplier<FreezeSummary> action, java.util.function.Consumer<String> showProblem) {
        Dialog dialog = new Dialog(title);
        dialog.add(field);
        Button ok = new Button(title, click -> {
            try {
                action.get();
            } catch (InvalidInput refused) {
                showProblem.accept(String.join("; ", refused.problems().values()));
                return;
            } catch (RuntimeException refused) {
                Notices.error(refused.getMessage());
                return;
            }
            dialog.close();
            changed.run();
        });
        ok.setId(id);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.open();
    }

    private static Button button(String label, String id, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
