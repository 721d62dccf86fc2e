package fi.avustus.deadline;

import fi.avustus.shared.Time;
import java.time.Instant;
import java.time.LocalDate;

/** Where a deadline stands at a moment: still to meet, passed without being met, or met (or no longer due). */
public enum DeadlineStatus {
    OPEN,
    OVERDUE,
    DONE;

    /**
     * The status at {@code now}. A deadline with a time is overdue once the time has passed; one
     * with only a date is met on that day still, and overdue from the next day (in Helsinki).
     */
    public static DeadlineStatus of(boolean done, LocalDate dueDate, Instant dueAt, Instant now) {
        if (done) {
            return DONE;
        }
        boolean passed = dueAt != null ? now.isAfter(dueAt) : LocalDate.ofInstant(now, Time.HELSINKI).isAfter(dueDate);
        return passed ? OVERDUE : OPEN;
    }

    public String labelKey() {
        return "deadline.status." + name();
    }
}
