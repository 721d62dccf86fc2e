package fi.avustus.programme;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A call for applications as other modules and screens see it, with its programme's name. */
public record CallSummary(long id, long programmeId, TranslatedName programmeName, TranslatedName title,
                          Instant openFrom, Instant openUntil, BigDecimal budget, BigDecimal maxGrant,
                          BigDecimal minSelfFinancingPercent, Set<OrganisationType> eligibleTypes,
                          List<AssessmentCriterion> criteria, boolean assessAfterClose, int reviewersPerApplication,
                          CallStatus status, boolean archived, long version) {

    public CallSummary {
        eligibleTypes = Set.copyOf(eligibleTypes);
        criteria = List.copyOf(criteria);
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    /** Whether applications can be submitted at this moment: published, not archived, inside the window. */
    public boolean isOpen(Instant now) {
        return status == CallStatus.PUBLISHED && !archived && openFrom != null && openUntil != null
                && !now.isBefore(openFrom) && now.isBefore(openUntil);
    }
}
