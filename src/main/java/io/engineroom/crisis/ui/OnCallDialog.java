package io.engineroom.crisis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandSummary;
import io.engineroom.crisis.OnCall;
import io.engineroom.crisis.OnCallRota;
import java.util.List;
import java.util.Objects;

/**
 * Says who is on call for a brand's crises out of business hours: the notification chain starts with them then.
 * Only brands the signed-in person may plan are offered; a refusal shows next to the field it is about.
 */
class OnCallDialog extends Dialog {

    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final ComboBox<String> person = new ComboBox<>("On call out of business hours");
    final Paragraph current = new Paragraph();
    private final Binder<Choice> binder = new Binder<>(Choice.class);

    /**
     * What the form edits, the person named like {@link OnCallRota#setOnCall}'s problem so a refusal finds the
     * field. Public because Binder builds it by reflection.
     */
    public record Choice(BrandSummary brand, String userId) {
    }

    OnCallDialog(OnCallRota rota, List<BrandSummary> brands) {
        setId("on-call-dialog");
        setHeaderTitle("Who is on call");
        setWidth("30rem");
        brand.setId("on-call-brand");
        brand.setItems(brands.stream().filter(candidate -> rota.mayPlan(candidate.id())).toList());
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setWidthFull();
        person.setId("on-call-person");
        person.setWidthFull();
        person.setRequiredIndicatorVisible(true);
        current.setId("on-call-current");
        brand.addValueChangeListener(change -> {
            person.clear();
            person.setInvalid(false);
            if (change.getValue() == null) {
                person.setItems(List.of());
                current.setText("");
                return;
            }
            String brandId = change.getValue().id();
            person.setItems(rota.candidates(brandId));
            current.setText(rota.onCall(brandId).map(onCall -> "Now: " + onCall.userId() + " (set by "
                    + onCall.setBy() + ")").orElse("Nobody named yet: out of hours the chain starts with the "
                            + "crisis leads."));
            rota.onCall(brandId).map(OnCall::userId).ifPresent(person::setValue);
        });
        add(new VerticalLayout(brand, current, person));
        binder.forField(brand).withValidator(Objects::nonNull, "Choose a brand").bind("brand");
        binder.forField(person).bind("userId");

        Button save = new Button("Save", click -> save(rota));
        save.setId("on-call-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(OnCallRota rota) {
        Choice choice;
        try {
            choice = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            OnCall saved = rota.setOnCall(choice.brand().id(), choice.userId());
            close();
            Notices.success(saved.userId() + " is on call for " + choice.brand().name());
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }
}
