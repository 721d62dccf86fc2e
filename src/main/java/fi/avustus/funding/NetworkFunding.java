package fi.avustus.funding;

import fi.avustus.shared.TranslatedName;
import java.util.List;

/**
 * The projects of one programme counted in one network (see {@link NetworkPlacement} for which
 * network a project counts in), or in none.
 *
 * @param networkId null for the projects whose organisation is in no network
 * @param name      null for the projects in no network
 */
public record NetworkFunding(Long networkId, TranslatedName name, FundingFigures figures,
                             List<IndicatorTotal> indicators, List<ProjectFunding> projects) implements FundingRow {

    public NetworkFunding {
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
    }
}
