package fi.avustus.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Something done under an action line, on a date (a seminar on 19.1.) or in months of the year
 * (meetings in March, June, September and December); together they make the annual calendar.
 *
 * @param months months of the plan's year, 1–12
 */
public record PlannedActivity(String title, LocalDate date, List<Integer> months) {

    public PlannedActivity {
        months = months == null ? List.of() : months.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The months this activity falls in: its date's month and the months named. */
    public SortedSet<Integer> calendarMonths() {
        SortedSet<Integer> all = new TreeSet<>(months);
        if (date != null) {
            all.add(date.getMonthValue());
        }
        return all;
    }
}
