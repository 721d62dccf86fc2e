package fi.avustus.funding;

import fi.avustus.shared.TranslatedName;
import java.time.LocalDate;
import java.util.List;

/**
 * A funded project's figures.
 *
 * @param name          the project's name in its application; null when it cannot be read
 * @param organisation  the organisation the grant was given to
 * @param otherNetworks networks the organisation is also in, where the project is not counted
 */
public record ProjectFunding(long projectId, long applicationId, String name, TranslatedName organisation,
                             LocalDate usageStart, LocalDate usageEnd, List<TranslatedName> otherNetworks,
                             FundingFigures figures, List<IndicatorTotal> indicators) implements FundingRow {

    public ProjectFunding {
        otherNetworks = List.copyOf(otherNetworks);
        indicators = List.copyOf(indicators);
    }
}
