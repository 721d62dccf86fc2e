package fi.avustus.project;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's usage period was extended: the new schedule in full, every report due date that had
 * not yet passed moved by {@code shiftDays}. Published in the change's transaction, so the
 * reporting process can move its pending timers together with the dates.
 */
public record ProjectScheduleChanged(long projectId, LocalDate usageEnd, List<LocalDate> interimReportsDue,
                                     LocalDate finalReportDue, long shiftDays) {
}
