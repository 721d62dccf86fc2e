package fi.avustus.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The annual calendar (vuosikello) of an action plan: for each month, the activities of every
 * action line that fall in it. An activity with a date shows on that day; one planned for months
 * shows in each of them.
 */
public record AnnualCalendar(List<CalendarMonth> months) {

    public AnnualCalendar {
        months = List.copyOf(months);
    }

    /** One month of the calendar, 1–12. */
    public record CalendarMonth(int month, List<CalendarEntry> entries) {

        public CalendarMonth {
            entries = List.copyOf(entries);
        }
    }

    /** An activity in a month; {@code date} is set when it has a day. */
    public record CalendarEntry(int lineNumber, String lineTitle, String activity, LocalDate date) {
    }

    private static final Comparator<CalendarEntry> ORDER = Comparator
            .comparing((CalendarEntry entry) -> entry.date() == null ? 32 : entry.date().getDayOfMonth())
            .thenComparingInt(CalendarEntry::lineNumber);

    public static AnnualCalendar of(ActionPlanContent plan) {
        List<List<CalendarEntry>> byMonth = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            byMonth.add(new ArrayList<>());
        }
        for (ActionLine line : plan.lines()) {
            for (PlannedActivity activity : line.activities()) {
                for (int month : activity.calendarMonths()) {
                    if (month >= 1 && month <= 12) {
                        LocalDate day = activity.date() != null && activity.date().getMonthValue() == month ? activity.date() : null;
                        byMonth.get(month - 1).add(new CalendarEntry(line.number(), line.title(), activity.title(), day));
                    }
                }
            }
        }
        List<CalendarMonth> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new CalendarMonth(month, byMonth.get(month - 1).stream().sorted(ORDER).toList()));
        }
        return new AnnualCalendar(months);
    }
}
