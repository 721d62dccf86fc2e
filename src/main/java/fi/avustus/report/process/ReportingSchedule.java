package fi.avustus.report.process;

import fi.avustus.shared.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * When a report's timers fire: reminders on the programme's days before the due date and the
 * escalation on its days after, each in the morning of that day in Helsinki, so people read
 * them in working hours. A reminder whose moment has already passed is not sent late.
 */
public record ReportingSchedule(LocalDate dueDate, List<Integer> reminderDaysBefore, int escalationDaysAfter) {

    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    public ReportingSchedule {
        reminderDaysBefore = List.copyOf(reminderDaysBefore);
    }

    /** The first reminder after this moment, if any is left. */
    public Optional<Instant> nextReminderAfter(Instant now) {
        return reminderDaysBefore.stream().map(days -> morningOf(dueDate.minusDays(days)))
                .filter(reminder -> reminder.isAfter(now)).sorted().findFirst();
    }

    /** The end of the due day, as people read it (23.59): a report submitted on its due date is on time. */
    public Instant dueAt() {
        return dueDate.atTime(END_OF_DAY).atZone(Time.HELSINKI).toInstant();
    }

    public Instant escalationAt() {
        return morningOf(dueDate.plusDays(escalationDaysAfter));
    }

    /** How many days before the due date a reminder at this moment is. */
    public long daysLeftAt(Instant reminder) {
        return java.time.temporal.ChronoUnit.DAYS.between(reminder.atZone(Time.HELSINKI).toLocalDate(), dueDate);
    }

    private static Instant morningOf(LocalDate day) {
        return day.atTime(MORNING).atZone(Time.HELSINKI).toInstant();
    }
}
