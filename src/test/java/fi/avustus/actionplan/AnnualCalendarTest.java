package fi.avustus.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.actionplan.AnnualCalendar.CalendarEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnualCalendarTest {

    @Test
    void activitiesShowOnTheirDayOrInEachOfTheirMonths() {
        AnnualCalendar calendar = AnnualCalendar.of(DocumentSamples.actionPlan(2017));
        assertThat(calendar.months()).hasSize(12);
        assertThat(calendar.months().get(0).entries()).containsExactly(
                new CalendarEntry(1, "Sivistysjohtajien yhteistyö", "Starttiseminaari", LocalDate.of(2017, 1, 19)));
        assertThat(calendar.months().get(1).entries()).extracting(CalendarEntry::activity)
                .containsExactly("Facebook-ryhmä perustetaan");
        assertThat(calendar.months().get(2).entries()).extracting(CalendarEntry::activity).containsExactly("Työkokous");
        assertThat(calendar.months().get(3).entries()).isEmpty();
        assertThat(calendar.months().get(8).entries()).extracting(CalendarEntry::lineNumber).containsExactly(1);
    }
}
