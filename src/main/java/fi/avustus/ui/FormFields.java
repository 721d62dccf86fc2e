package fi.avustus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.ValidationFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fields of a form by the names the server's validation uses, so that a rejected save
 * shows each reason on its own field, in the user's language, and keeps what was typed.
 */
public class FormFields {

    private final Component host;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormFields(Component host) {
        this.host = host;
    }

    public <C extends HasValidation> C register(String name, C field) {
        fields.put(name, field);
        if (field instanceof Component component && component.getId().isEmpty()) {
            component.setId(name);
        }
        return field;
    }

    /** Runs a save; on rejection shows the reasons and returns empty, leaving the form as it was. */
    public <T> Optional<T> save(Supplier<T> action) {
        clearErrors();
        try {
            return Optional.ofNullable(action.get());
        } catch (ValidationFailedException invalid) {
            showViolations(invalid);
            return Optional.empty();
        } catch (DomainException rejected) {
            Notifications.error(Messages.of(host, rejected));
            return Optional.empty();
        }
    }

    public void showViolations(ValidationFailedException invalid) {
        StringBuilder unplaced = new StringBuilder();
        for (ValidationFailedException.Violation violation : invalid.violations()) {
            String message = host.getTranslation(violation.messageKey(), violation.arguments());
            HasValidation field = fields.get(violation.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(message).append(' ');
            }
        }
        Notifications.error(host.getTranslation("validation.checkFields") + " " + unplaced.toString().strip());
    }

    public void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
