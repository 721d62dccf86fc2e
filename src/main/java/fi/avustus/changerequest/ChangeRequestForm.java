package fi.avustus.changerequest;

import fi.avustus.project.ProjectContact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the applicant asks for: one kind of change with its justification. Only the part of the
 * kind counts: the new end of the usage period, the new amount of each accepted budget line in
 * the budget's order, or the new contact person.
 */
public record ChangeRequestForm(ChangeRequestKind kind, String justification, LocalDate newUsageEnd,
                                List<BigDecimal> amounts, ProjectContact contact) {

    /** Amounts may hold blanks (null), which the rules then refuse; the list itself is never null. */
    public ChangeRequestForm {
        amounts = amounts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(amounts));
    }

    public static ChangeRequestForm extension(LocalDate newUsageEnd, String justification) {
        return new ChangeRequestForm(ChangeRequestKind.EXTENSION, justification, newUsageEnd, List.of(), null);
    }

    public static ChangeRequestForm reallocation(List<BigDecimal> amounts, String justification) {
        return new ChangeRequestForm(ChangeRequestKind.REALLOCATION, justification, null, amounts, null);
    }

    public static ChangeRequestForm contact(ProjectContact contact, String justification) {
        return new ChangeRequestForm(ChangeRequestKind.CONTACT, justification, null, List.of(), contact);
    }
}
