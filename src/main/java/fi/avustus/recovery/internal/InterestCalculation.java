package fi.avustus.recovery.internal;

import fi.avustus.recovery.InterestLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The interest on a reclaimed sum: simple interest at an annual rate, actual days / 365, from the
 * day each instalment was paid to the claim's decision date, each line rounded to cents so that
 * the letter's lines add up to its total.
 */
public final class InterestCalculation {

    /** Per cent of a year of 365 days: interest = principal × rate × days / 36 500. */
    private static final BigDecimal PERCENT_DAYS_OF_YEAR = new BigDecimal(100 * 365);

    private InterestCalculation() {
    }

    /** An instalment as the calculation needs it: its sequence number, when it was paid and how much. */
    public record PaidInstalment(int sequence, LocalDate paidOn, BigDecimal amount) {
    }

    /**
     * The reclaimed sum is allocated to the latest payments first: the project spent the money it
     * had first, so what is left unused at the end is what came last. Allocating it to the first
     * instalment instead would charge interest for months in which that money was still needed
     * and spent.
     *
     * @param reclaimed at most the sum of the instalments
     * @return the lines, earliest payment first
     */
    public static List<InterestLine> lines(List<PaidInstalment> paid, BigDecimal reclaimed, BigDecimal annualPercent,
                                           LocalDate decisionDate) {
        List<PaidInstalment> latestFirst = paid.stream()
                .sorted(Comparator.comparing(PaidInstalment::paidOn).thenComparing(PaidInstalment::sequence).reversed())
                .toList();
        List<InterestLine> lines = new ArrayList<>();
        BigDecimal remaining = reclaimed;
        for (PaidInstalment instalment : latestFirst) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal principal = remaining.min(instalment.amount());
            int days = (int) ChronoUnit.DAYS.between(instalment.paidOn(), decisionDate);
            BigDecimal interest = principal.multiply(annualPercent).multiply(BigDecimal.valueOf(days))
                    .divide(PERCENT_DAYS_OF_YEAR, 2, RoundingMode.HALF_UP);
            lines.add(0, new InterestLine(instalment.sequence(), instalment.paidOn(), instalment.amount(), principal,
                    days, interest));
            remaining = remaining.subtract(principal);
        }
        if (remaining.signum() > 0) {
            throw new IllegalArgumentException("reclaimed " + reclaimed + " exceeds what was paid");
        }
        return List.copyOf(lines);
    }

    public static BigDecimal total(List<InterestLine> lines) {
        return lines.stream().map(InterestLine::interest).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
