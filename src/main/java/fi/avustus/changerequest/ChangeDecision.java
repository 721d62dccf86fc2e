package fi.avustus.changerequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An official's decision on a change request: accept as asked, accept with changes (another end
 * of the usage period, or other amounts per budget line), or reject; always with a justification.
 *
 * @param newUsageEnd only for an extension accepted with changes
 * @param amounts     only for a reallocation accepted with changes, in the budget's order
 */
public record ChangeDecision(ChangeRequestStatus outcome, String justification, LocalDate newUsageEnd,
                             List<BigDecimal> amounts) {

    public ChangeDecision {
        amounts = amounts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(amounts));
    }

    public static ChangeDecision accept(String justification) {
        return new ChangeDecision(ChangeRequestStatus.ACCEPTED, justification, null, List.of());
    }

    public static ChangeDecision reject(String justification) {
        return new ChangeDecision(ChangeRequestStatus.REJECTED, justification, null, List.of());
    }
}
