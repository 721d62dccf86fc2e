package fi.avustus.review;

import fi.avustus.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Sums and the customary default of a decision's payment plan, for the server and the live sum on screen. */
public final class PaymentPlan {

    /** Share paid when the usage period starts; the rest follows the accepted final report. */
    public static final BigDecimal ADVANCE_SHARE = new BigDecimal("0.60");
    /**
     * The final report is commonly due two months after the usage period (the default of
     * {@link ReportingSchedule}); the last instalment defaults to the final report's due date.
     */
    public static final int FINAL_REPORT_MONTHS = 2;

    private PaymentPlan() {
    }

    /** The sum of the instalments' amounts, blank amounts counting as zero. */
    public static BigDecimal sum(List<Instalment> instalments) {
        return Money.normalise(instalments.stream().map(Instalment::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * 60 % at the start of the usage period and the rest when the final report is due; the second
     * amount is the remainder, so that rounding never makes the plan miss the granted sum.
     */
    public static List<Instalment> standard(BigDecimal granted, LocalDate usageStart, LocalDate finalReportDue) {
        BigDecimal advance = Money.normalise(granted.multiply(ADVANCE_SHARE));
        return List.of(new Instalment(usageStart, advance),
                new Instalment(finalReportDue, Money.normalise(granted.subtract(advance))));
    }
}
