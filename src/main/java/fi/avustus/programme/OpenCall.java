package fi.avustus.programme;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A call an applicant can apply to now, with what they need to decide whether to apply. */
public record OpenCall(long callId, TranslatedName title, TranslatedName programmeName, Instant openUntil,
                       Duration timeLeft, BigDecimal maxGrant, BigDecimal minSelfFinancingPercent,
                       Set<OrganisationType> eligibleTypes) {

    public OpenCall {
        eligibleTypes = Set.copyOf(eligibleTypes);
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String programmeName(Locale locale) {
        return programmeName.in(locale);
    }
}
