package fi.avustus.review;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {

    @Test
    void theSumAddsAmountsAndTreatsBlanksAsZero() {
        assertThat(PaymentPlan.sum(List.of(new Instalment(null, Money.euros("0.10")), new Instalment(null, null),
                new Instalment(null, Money.euros("0.20"))))).isEqualTo(Money.euros("0.30"));
        assertThat(PaymentPlan.sum(List.of())).isEqualTo(Money.euros("0"));
    }

    @Test
    void theStandardPlanPaysSixtyPercentAtStartAndTheRestWhenTheFinalReportIsDue() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        LocalDate finalReport = ReportingSchedule.standardFinalReportDue(LocalDate.of(2027, 5, 31));
        List<Instalment> plan = PaymentPlan.standard(Money.euros("100000"), start, finalReport);
        assertThat(plan).containsExactly(new Instalment(start, Money.euros("60000.00")),
                new Instalment(LocalDate.of(2027, 7, 31), Money.euros("40000.00")));
    }

    @Test
    void theStandardPlanAlwaysAddsUpToTheGrantedSum() {
        List<Instalment> plan = PaymentPlan.standard(Money.euros("1000.01"), LocalDate.of(2026, 1, 1), null);
        assertThat(plan.get(0).amount()).isEqualTo(Money.euros("600.01"));
        assertThat(plan.get(1).amount()).isEqualTo(Money.euros("400.00"));
        assertThat(plan.get(1).dueDate()).isNull();
        assertThat(PaymentPlan.sum(plan)).isEqualTo(Money.euros("1000.01"));
    }
}
