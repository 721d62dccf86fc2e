package fi.avustus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatePickersTest extends UiTest {

    @Test
    void theCalendarSpeaksTheInterfaceLanguageAndTakesFinnishDates() {
        login("sokande");
        UI.getCurrent().setLocale(Locale.forLanguageTag("sv"));
        DatePicker picker = DatePickers.localised(new DatePicker());
        UI.getCurrent().add(picker);

        assertThat(picker.getI18n().getMonthNames()).startsWith("Januari", "Februari");
        assertThat(picker.getI18n().getWeekdaysShort()).startsWith("sön", "mån");
        assertThat(picker.getI18n().getToday()).isEqualTo("I dag");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getLocale()).isEqualTo(DatePickers.DATE_FORMAT);
    }

    @Test
    void aDateTimePickerGetsTheSameCalendar() {
        login("hakija");
        UI.getCurrent().setLocale(Locale.forLanguageTag("fi"));
        DateTimePicker picker = DatePickers.localised(new DateTimePicker());
        UI.getCurrent().add(picker);

        assertThat(picker.getDatePickerI18n().getMonthNames()).startsWith("Tammikuu");
        assertThat(picker.getDatePickerI18n().getCancel()).isEqualTo("Peruuta");
    }
}
