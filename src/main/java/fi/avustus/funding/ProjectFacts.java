package fi.avustus.funding;

import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the overview knows of a project before any figure is worked out, gathered from the modules
 * that own it.
 *
 * @param networkId null when the project counts in no network
 * @param paid      the sum of its paid instalments
 * @param spent     the reported eligible costs; null or zero when nothing is reported
 */
record ProjectFacts(long projectId, long applicationId, String name, TranslatedName organisation, long programmeId,
                    TranslatedName programme, Long networkId, TranslatedName network, List<TranslatedName> otherNetworks,
                    BigDecimal granted, BigDecimal paid, BigDecimal spent, LocalDate usageStart, LocalDate usageEnd) {

    ProjectFacts {
        otherNetworks = List.copyOf(otherNetworks);
    }
}
