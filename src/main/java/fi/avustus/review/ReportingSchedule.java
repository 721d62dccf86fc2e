package fi.avustus.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a grant's reports are due: interim reports within the usage period, and the final report
 * on or after its end. The funded project's reporting cycle is built on these dates.
 * <p>
 * The customary default, which a presenter who changes nothing gets: the final report
 * {@link PaymentPlan#FINAL_REPORT_MONTHS} months after the usage period ends; no interim report
 * for a usage period of up to twelve months, and one interim report for a longer period, due at
 * the end of the month in which the period's midpoint falls (e.g. 31.12.2026 for
 * 1.1.2026–31.12.2027), so that a multi-year project reports once before the end.
 *
 * @param interimReports due dates of the interim reports, earliest first
 * @param finalReportDue null only for a refusal (and for decisions made before the schedule was data)
 */
public record ReportingSchedule(List<LocalDate> interimReports, LocalDate finalReportDue) {

    private static final int INTERIM_REPORT_AFTER_MONTHS = 12;

    public ReportingSchedule {
        interimReports = List.copyOf(interimReports);
    }

    public static ReportingSchedule none() {
        return new ReportingSchedule(List.of(), null);
    }

    /** The default schedule of a usage period; empty while the period is incomplete. */
    public static ReportingSchedule standard(LocalDate usageStart, LocalDate usageEnd) {
        return new ReportingSchedule(standardInterimReports(usageStart, usageEnd), standardFinalReportDue(usageEnd));
    }

    public static LocalDate standardFinalReportDue(LocalDate usageEnd) {
        return usageEnd == null ? null : usageEnd.plusMonths(PaymentPlan.FINAL_REPORT_MONTHS);
    }

    public static List<LocalDate> standardInterimReports(LocalDate usageStart, LocalDate usageEnd) {
        if (usageStart == null || usageEnd == null
                || !usageEnd.isAfter(usageStart.plusMonths(INTERIM_REPORT_AFTER_MONTHS).minusDays(1))) {
            return List.of();
        }
        LocalDate midpoint = usageStart.plusDays(ChronoUnit.DAYS.between(usageStart, usageEnd) / 2);
        return List.of(midpoint.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** Every report's due date, the final report last. */
    public List<LocalDate> dueDates() {
        List<LocalDate> all = new ArrayList<>(interimReports);
        if (finalReportDue != null) {
            all.add(finalReportDue);
        }
        return List.copyOf(all);
    }
}
