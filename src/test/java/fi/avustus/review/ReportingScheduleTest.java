package fi.avustus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

    @Test
    void theFinalReportIsDueTwoMonthsAfterTheUsagePeriod() {
        assertThat(ReportingSchedule.standardFinalReportDue(LocalDate.of(2027, 7, 31))).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(ReportingSchedule.standardFinalReportDue(null)).isNull();
    }

    @Test
    void aPeriodOfUpToAYearHasNoInterimReportByDefault() {
        assertThat(ReportingSchedule.standard(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)))
                .isEqualTo(new ReportingSchedule(List.of(), LocalDate.of(2027, 9, 30)));
    }

    @Test
    void aLongerPeriodHasOneInterimReportAtTheEndOfItsMiddleMonth() {
        assertThat(ReportingSchedule.standard(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 8, 1)).interimReports())
                .as("a year and a day").containsExactly(LocalDate.of(2027, 1, 31));
        assertThat(ReportingSchedule.standard(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .isEqualTo(new ReportingSchedule(List.of(LocalDate.of(2026, 12, 31)), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void anIncompletePeriodHasNoDefaults() {
        assertThat(ReportingSchedule.standard(null, LocalDate.of(2027, 7, 31)).interimReports()).isEmpty();
        assertThat(ReportingSchedule.standard(LocalDate.of(2026, 8, 1), null)).isEqualTo(ReportingSchedule.none());
    }

    @Test
    void theDueDatesEndWithTheFinalReport() {
        ReportingSchedule schedule = new ReportingSchedule(List.of(LocalDate.of(2026, 12, 31)), LocalDate.of(2027, 9, 30));
        assertThat(schedule.dueDates()).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 9, 30));
        assertThat(ReportingSchedule.none().dueDates()).isEmpty();
    }
}
