package fi.avustus.actionplan;

import java.util.List;

/**
 * What was done under one action line of the approved plan.
 *
 * @param number and {@code title} repeat the plan's line, so that a report reads on its own
 */
public record LineReport(int number, String title, String done, List<IndicatorResult> indicators) {

    public LineReport {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
