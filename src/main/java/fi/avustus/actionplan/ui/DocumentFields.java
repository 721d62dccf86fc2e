package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.ValidationFailedException.Violation;
import fi.avustus.ui.FormFields;
import java.util.HashSet;
import java.util.Set;

/**
 * The editors' fields by the paths the server's reasons name. A reason about something deeper
 * than any input (an indicator's target inside a list of indicators) shows on the nearest input
 * that holds it.
 */
class DocumentFields extends FormFields {

    private final Set<String> names = new HashSet<>();

    DocumentFields(Component host) {
        super(host);
    }

    @Override
    public <C extends HasValidation> C register(String name, C field) {
        names.add(name);
        return super.register(name, field);
    }

    @Override
    public void showViolations(ValidationFailedException invalid) {
        super.showViolations(new ValidationFailedException(invalid.violations().stream()
                .map(violation -> new Violation(nearest(violation.field()), violation.messageKey(), violation.arguments()))
                .toList()));
    }

    /** The path itself if an input has it, else the closest enclosing path that has one. */
    String nearest(String path) {
        String candidate = path;
        while (candidate != null && !candidate.isEmpty()) {
            if (names.contains(candidate)) {
                return candidate;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut <= 0 ? null : candidate.substring(0, cut);
        }
        return path;
    }
}
