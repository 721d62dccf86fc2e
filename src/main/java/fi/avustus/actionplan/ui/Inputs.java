package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Small habits of the editors' inputs: typing saves after a pause, a missing row input says so. */
final class Inputs {

    static final int TYPING_PAUSE_MS = 800;

    private Inputs() {
    }

    /** Calls back on every change by the user, after a pause in typing for text inputs. */
    static <C extends Component & HasValue<?, ?>> C onChange(C field, Runnable changed) {
        if (field instanceof HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
            typed.setValueChangeTimeout(TYPING_PAUSE_MS);
        }
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
        return field;
    }

    static <C extends Component> C withId(C component, String id) {
        component.setId(id);
        return component;
    }

    /** Marks a row input that must be filled before the row is added; returns whether it was missing. */
    static boolean missing(HasValidation field, boolean missing) {
        field.setErrorMessage(missing ? ((Component) field).getTranslation("validation.required") : null);
        field.setInvalid(missing);
        return missing;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
