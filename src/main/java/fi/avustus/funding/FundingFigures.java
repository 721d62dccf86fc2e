package fi.avustus.funding;

import java.math.BigDecimal;

/**
 * The funding figures of a project, or summed over a network, a programme or all programmes.
 * Amounts are euros with two decimals, percentages have one decimal.
 *
 * @param spent          reported eligible costs; zero while nothing is reported
 * @param remaining      granted − reported spent; negative when more is reported than granted
 * @param elapsedPercent how much of the usage period has passed; for a group, the projects' shares
 *                       weighted by their grants, so that it compares with the group's spent share
 * @param spentPercent   reported spent of granted; null when nothing is granted
 * @param forecastUnused what will be left unused at the end of the usage period if spending goes on
 *                       as it has (see {@link FundingCalculation}); for a group, the sum over the
 *                       projects that have a forecast; null when none has
 * @param reported       whether any spending is reported (for a group, by any of its projects); the
 *                       reports cannot tell a project that spent nothing from one that has not reported
 */
public record FundingFigures(BigDecimal granted, BigDecimal paid, BigDecimal spent, BigDecimal remaining,
                             BigDecimal elapsedPercent, BigDecimal spentPercent, BigDecimal forecastUnused,
                             boolean reported) {
}
