package fi.avustus.programme;

import java.math.BigDecimal;

/**
 * The rules a programme's funded projects follow after the decision.
 *
 * @param changeThresholdPercent how much of a budget line (in per cent of the line) may move to
 *                               other lines without an official's decision
 * @param recoveryThreshold      unused funds at or below this sum are not reclaimed
 * @param referenceRatePercent   the reference rate of the Interest Act (korkolaki 12 §) that
 *                               recovery interest is based on
 */
public record FundingRules(int changeThresholdPercent, BigDecimal recoveryThreshold, BigDecimal referenceRatePercent) {

    /**
     * Interest on a reclaimed sum (Act on Discretionary Government Grants 688/2001, 24 §): the
     * reference rate of the Interest Act 3 § 2 plus three percentage points, from the payment date.
     * Late payment of the claim (25 §) is penalty interest of the Interest Act, not reckoned here.
     */
    public static final BigDecimal RECOVERY_INTEREST_MARGIN = new BigDecimal("3.00");

    public static final FundingRules DEFAULT = new FundingRules(20, new BigDecimal("100.00"), new BigDecimal("2.00"));

    /** The annual interest rate in per cent on reclaimed funds. */
    public BigDecimal recoveryInterestPercent() {
        return referenceRatePercent.add(RECOVERY_INTEREST_MARGIN);
    }
}
