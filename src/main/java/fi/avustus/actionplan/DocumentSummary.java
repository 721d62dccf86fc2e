package fi.avustus.actionplan;

import fi.avustus.shared.TranslatedName;
import java.time.Instant;
import java.util.Locale;

/**
 * A document as lists show it.
 *
 * @param submittedVersions how many versions have been submitted (0 for a draft never sent)
 * @param approvedVersion   the number of the approved version in force, if any
 */
public record DocumentSummary(long id, DocumentType type, long networkId, TranslatedName networkName, int year,
                              DocumentStatus status, int submittedVersions, Integer approvedVersion, Instant modifiedAt) {

    public String networkName(Locale locale) {
        return networkName.in(locale);
    }
}
