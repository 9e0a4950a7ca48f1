package io.engineroom.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import io.engineroom.base.InvalidInput;
import java.util.Map;
import java.util.Optional;

/**
 * Puts what a service refused ({@link InvalidInput}, by field name) next to the form field bound to that name, so
 * a refused form keeps everything typed and every view shows server problems the same way. The services name
 * their fields like the records the forms bind, so the binding's property name is the match; a problem no field
 * is bound to (a whole-form rule, or a field this form does not show) becomes an error notice instead of being
 * lost.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /** Shows each of the refusal's problems next to its bound field, the rest as error notices. */
    public static void show(Binder<?> binder, InvalidInput refused) {
        show(binder, refused.problems());
    }

    /** Shows each problem (field name to message) next to its bound field, the rest as error notices. */
    public static void show(Binder<?> binder, Map<String, String> problems) {
        problems.forEach((property, problem) -> field(binder, property).ifPresentOrElse(field -> {
            field.setErrorMessage(problem);
            field.setInvalid(true);
        }, () -> Notices.error(problem)));
    }

    private static Optional<HasValidation> field(Binder<?> binder, String property) {
        return binder.getBinding(property).map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast);
    }
}
