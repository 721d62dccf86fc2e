package fi.avustus.project;

import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a change to a funded project must satisfy. Public so that a change request is checked
 * against the same rules when it is filed as when it is applied; the field names are those the
 * forms use, so each violation lands on its own field.
 */
public final class ProjectChangeRules {

    public static final String NEW_USAGE_END = "newUsageEnd";
    public static final String BUDGET_LINES = "budgetLines";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    static final int PHONE_MAX = 50;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ProjectChangeRules() {
    }

    /** The field of one budget line's amount, by its position in the accepted budget. */
    public static String amountField(int index) {
        return "amount-" + index;
    }

    public static String formatDate(LocalDate date) {
        return Time.formatDate(date);
    }

    /** A closed project refuses every change, whoever asks. */
    public static void requireOpen(ProjectSummary project) {
        if (!project.isOpen()) {
            throw new DomainException("project.error.closed");
        }
    }

    /**
     * A new end of the usage period: later than the current one, asked for before the current
     * one has passed (afterwards there is nothing left to extend).
     */
    public static Validator extension(ProjectSummary project, LocalDate newUsageEnd, LocalDate today, Validator validator) {
        validator.required(NEW_USAGE_END, newUsageEnd);
        if (newUsageEnd != null) {
            validator.check(newUsageEnd.isAfter(project.usageEnd()), NEW_USAGE_END, "project.usageEnd.notAfter",
                    formatDate(project.usageEnd()));
            validator.check(!today.isAfter(project.usageEnd()), NEW_USAGE_END, "project.usageEnd.passed",
                    formatDate(project.usageEnd()));
        }
        return validator;
    }

    /**
     * New amounts for the accepted budget lines: the same lines in the same order (category and
     * year as accepted), none negative, in whole cents, and together the same total as before, so
     * money only moves between lines.
     */
    public static Validator reallocation(ProjectSummary project, List<ProjectBudgetLine> lines, Validator validator) {
        List<ProjectBudgetLine> current = project.budgetLines();
        if (lines == null || lines.size() != current.size() || !sameLines(current, lines)) {
            return validator.reject(BUDGET_LINES, "project.budget.lines", current.size());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal amount = lines.get(i).amount();
            validator.required(amountField(i), amount).money(amountField(i), amount, Money.ABSURD);
            total = total.add(Objects.requireNonNullElse(amount, BigDecimal.ZERO));
        }
        if (!validator.hasViolations()) {
            validator.check(total.compareTo(project.budgetTotal()) == 0, BUDGET_LINES, "project.budget.totalChanged",
                    Money.format(project.budgetTotal()), Money.format(total));
        }
        return validator;
    }

    private static boolean sameLines(List<ProjectBudgetLine> current, List<ProjectBudgetLine> lines) {
        for (int i = 0; i < current.size(); i++) {
            if (lines.get(i) == null || !Objects.equals(current.get(i).category(), lines.get(i).category())
                    || current.get(i).year() != lines.get(i).year()) {
                return false;
            }
        }
        return true;
    }

    /** A contact person has a name and an e-mail address; the phone number is optional. */
    public static Validator contact(ProjectContact contact, Validator validator) {
        ProjectContact given = contact == null ? ProjectContact.NONE : contact;
        validator.requiredText(CONTACT_NAME, given.name(), Validator.NAME_MAX)
                .requiredText(CONTACT_EMAIL, given.email(), Validator.NAME_MAX)
                .maxLength(CONTACT_PHONE, given.phone(), PHONE_MAX);
        if (given.email() != null) {
            validator.check(EMAIL.matcher(given.email()).matches(), CONTACT_EMAIL, "project.contact.email");
        }
        return validator;
    }

    /** A due date moved by the extension if it has not yet passed; a date that has passed stays. */
    public static LocalDate shifted(LocalDate due, LocalDate today, long days) {
        return due == null || due.isBefore(today) ? due : due.plusDays(days);
    }
}
