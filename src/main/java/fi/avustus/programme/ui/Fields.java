package fi.avustus.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.avustus.shared.Validator;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.FormFields;

/**
 * Builds the labelled fields of a form, each registered under the name the server's validation
 * uses and labelled from {@code <prefix>.<name>}, so the two edit pages share one way of doing it.
 */
final class Fields {


    private final FormFields registry;
    private final Component host;
    private final String keyPrefix;

    Fields(FormFields registry, Component host, String keyPrefix) {
        this.registry = registry;
        this.host = host;
        this.keyPrefix = keyPrefix;
    }

    String label(String name) {
        return host.getTranslation(keyPrefix + "." + name);
    }

    TextField text(String name, boolean required) {
        TextField field = register(name, new TextField(label(name)), required);
        field.setMaxLength(Validator.NAME_MAX);
        return field;
    }

    TextArea area(String name) {
        TextArea field = register(name, new TextArea(label(name)), false);
        field.setMaxLength(Validator.TEXT_MAX);
        return field;
    }

    BigDecimalField money(String name, boolean required) {
        BigDecimalField field = register(name, new BigDecimalField(label(name)), required);
        field.setSuffixComponent(new Span("€"));
        return field;
    }

    BigDecimalField percent(String name, boolean required) {
        BigDecimalField field = register(name, new BigDecimalField(label(name)), required);
        field.setSuffixComponent(new Span("%"));
        return field;
    }

    IntegerField integer(String name, boolean required) {
        return register(name, new IntegerField(label(name)), required);
    }

    DatePicker date(String name, boolean required) {
        return register(name, DatePickers.localised(new DatePicker(label(name))), required);
    }

    DateTimePicker dateTime(String name, boolean required) {
        DateTimePicker field = register(name, DatePickers.localised(new DateTimePicker(label(name))), required);
        field.setHelperText(host.getTranslation("programme.helsinkiTime"));
        return field;
    }

    IdChooser chooser(String name, boolean required) {
        return register(name, new IdChooser(label(name)), required);
    }

    <C extends Component & HasValidation> C register(String name, C field, boolean required) {
        registry.register(name, field);
        // Group-like fields (date and time, custom fields) would put aria-required on an element
        // with role "group", which WCAG checks refuse; their labels and the server's messages say enough.
        boolean group = field instanceof DateTimePicker || field instanceof CustomField<?>;
        if (required && !group && field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(true);
        }
        return field;
    }
}
