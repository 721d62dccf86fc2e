package fi.avustus.review.internal;

import fi.avustus.review.Instalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything a decision letter says, names already resolved in the letter's language. */
public record LetterContent(String language, long decisionId, long applicationId, LocalDate date,
                            String funderName, String applicantName, String applicantBusinessId,
                            String programmeName, String callTitle, boolean positive,
                            BigDecimal requestedAmount, BigDecimal grantedAmount, String acceptedCosts,
                            LocalDate usageStart, LocalDate usageEnd, String conditions, String reportingDuties,
                            List<Instalment> instalments, String justification, String presenterName,
                            String decisionMakerName) {

    public LetterContent {
        instalments = List.copyOf(instalments);
    }
}
