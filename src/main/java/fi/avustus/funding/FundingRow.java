package fi.avustus.funding;

import java.util.List;

/** A row of the overview at any level: a programme, a network or a project, with its figures. */
public sealed interface FundingRow permits ProgrammeFunding, NetworkFunding, ProjectFunding {

    FundingFigures figures();

    /** The indicators of the row's projects, summed by name and unit. */
    List<IndicatorTotal> indicators();
}
