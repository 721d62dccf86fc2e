package fi.avustus.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Funding use on one day: every programme with funded projects, its networks and their projects,
 * and the totals over all of them.
 *
 * @param today the day (in Helsinki) the usage periods' elapsed shares are counted to
 */
public record FundingOverview(LocalDate today, FundingFigures figures, List<IndicatorTotal> indicators,
                              List<ProgrammeFunding> programmes) {

    public FundingOverview {
        indicators = List.copyOf(indicators);
        programmes = List.copyOf(programmes);
    }

    public Optional<ProgrammeFunding> programme(long programmeId) {
        return programmes.stream().filter(programme -> programme.programmeId() == programmeId).findFirst();
    }
}
