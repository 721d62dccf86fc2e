package fi.avustus.shared;

import java.util.List;

/** One or more field rules failed; each violation names its field and a translation key. */
public class ValidationFailedException extends DomainException {

    private final transient List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super("validation.failed", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** A broken rule: the field it concerns, a translation key, and the key's arguments. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }
}
