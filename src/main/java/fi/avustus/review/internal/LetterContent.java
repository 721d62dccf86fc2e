package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.Instalment;
import fi.avustus.review.ReportingSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a decision letter says, names already resolved in the letter's language (cost
 * categories are codes: the letter's own texts name them).
 */
public record LetterContent(String language, long decisionId, long applicationId, LocalDate date,
                            String funderName, String applicantName, String applicantBusinessId,
                            String programmeName, String callTitle, boolean positive,
                            BigDecimal requestedAmount, BigDecimal grantedAmount, List<AcceptedCostLine> costLines,
                            LocalDate usageStart, LocalDate usageEnd, String conditions, ReportingSchedule schedule,
                            String reportingDuties, List<Instalment> instalments, String justification,
                            String presenterName, String decisionMakerName) {

    public LetterContent {
        costLines = List.copyOf(costLines);
        instalments = List.copyOf(instalments);
    }
}
